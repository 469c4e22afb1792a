package org.wfed.core.internal.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.rest.WfedApplication;

/** {@code /api/system} for system admins: wfed's bundles and plugins, and online backup. */
@Component(service = SystemResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
public final class SystemResource {

    /** A wfed bundle (core, a module or a plugin). */
    public record BundleInfo(long id, String symbolicName, String version, String state, boolean plugin) {
    }

    private final BundleContext context;
    private final AccessControl access;
    private final PluginWatch plugins;
    private final BackupService backups;
    private final org.wfed.core.internal.demo.ScaleGenerator generator;
    private final EffectiveSettings settings;

    @Activate
    public SystemResource(BundleContext context, @Reference AccessControl access, @Reference PluginWatch plugins,
                          @Reference BackupService backups, @Reference org.wfed.core.internal.demo.ScaleGenerator generator,
                          @Reference EffectiveSettings settings) {
        this.context = context;
        this.settings = settings;
        this.access = access;
        this.plugins = plugins;
        this.backups = backups;
        this.generator = generator;
    }

    @GET
    @Path("bundles")
    public List<BundleInfo> bundles(@Context SecurityContext sc) {
        admin(sc);
        return wfedBundles();
    }

    /** Core, the modules and the plugins, with their state. */
    public List<BundleInfo> wfedBundles() {
        List<BundleInfo> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            boolean plugin = PluginWatch.isPlugin(b);
            if (plugin || (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.wfed."))) {
                out.add(new BundleInfo(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), PluginWatch.state(b), plugin));
            }
        }
        return out;
    }

    @GET
    @Path("plugins")
    public List<PluginWatch.Plugin> plugins(@Context SecurityContext sc) {
        admin(sc);
        return plugins.plugins();
    }

    /** The settings in force: start settings with their sources, and every ConfigAdmin configuration. */
    @GET
    @Path("settings")
    public EffectiveSettings.View settings(@Context SecurityContext sc) {
        admin(sc);
        return settings.view();
    }

    @GET
    @Path("generate")
    public org.wfed.core.internal.demo.ScaleGenerator.Status generation(@Context SecurityContext sc) {
        admin(sc);
        return generator.status();
    }

    @POST
    @Path("backup")
    public Map<String, String> backup(@Context SecurityContext sc) {
        Caller caller = admin(sc);
        BackupService.Backup b = backups.backup(caller);
        return Map.of("restoreFrom", b.restoreFrom().getPath(), "method", b.method());
    }

    private Caller admin(SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.SYSTEM);
        return caller;
    }
}
