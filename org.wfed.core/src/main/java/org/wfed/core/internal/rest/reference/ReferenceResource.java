package org.wfed.core.internal.rest.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.WfedModule;
import org.wfed.core.internal.auth.AuthFilter;
import org.wfed.core.internal.auth.PermissionRegistry;
import org.wfed.core.internal.rest.ErrorBody;
import org.wfed.core.internal.rest.JsonProvider;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code GET /api/reference} (no sign-in): the OpenAPI 3.1 document of the resources the JAX-RS runtime
 * serves in wfed's application right now, so it lists exactly the operations of the modules and plugins
 * present, tagged by module. Built by {@link OpenApiDocument} from the resource classes, kept until the set
 * of resources, modules or permissions changes.
 */
@Component(service = ReferenceResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
public final class ReferenceResource {

    static final OpenApiDocument.Module CORE = new OpenApiDocument.Module("core", "平台", "Platform");

    private final JaxrsServiceRuntime runtime;
    private final PermissionRegistry permissions;
    private final BundleContext context;
    private final List<WfedModule> modules = new CopyOnWriteArrayList<>();
    private volatile Cached cached;

    private record Cached(String key, Map<String, Object> document) {
    }

    @Activate
    public ReferenceResource(@Reference JaxrsServiceRuntime runtime, @Reference PermissionRegistry permissions,
                             BundleContext context) {
        this.runtime = runtime;
        this.permissions = permissions;
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(WfedModule module) {
        modules.add(module);
    }

    void removeModule(WfedModule module) {
        modules.remove(module);
    }

    @GET
    public Map<String, Object> openApi() {
        List<Long> ids = resourceServiceIds(runtime.getRuntimeDTO());
        Set<String> permissionIds = permissions.all().stream().map(Permission::id).collect(Collectors.toCollection(TreeSet::new));
        String key = ids + "|" + modules.stream().map(WfedModule::id).sorted().toList() + "|" + permissionIds;
        Cached c = cached;
        if (c == null || !c.key().equals(key)) {
            c = new Cached(key, OpenApiDocument.build(resources(ids, permissionIds), new OpenApiDocument.Settings(
                    "/api", AuthFilter::isPublic, ErrorBody.class, JsonProvider.MAPPER)));
            cached = c;
        }
        return c.document();
    }

    /**
     * The service ids of the resources in wfed's application. The runtime leaves arrays out (null) while an
     * application is rebuilt; that is read as "none", never as a failure.
     */
    static List<Long> resourceServiceIds(RuntimeDTO dto) {
        List<Long> ids = new ArrayList<>();
        if (dto == null || dto.applicationDTOs == null) {
            return ids;
        }
        for (ApplicationDTO app : dto.applicationDTOs) {
            if (app == null || !WfedApplication.NAME.equals(app.name) || app.resourceDTOs == null) {
                continue;
            }
            for (ResourceDTO r : app.resourceDTOs) {
                if (r != null) {
                    ids.add(r.serviceId);
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    private List<OpenApiDocument.Resource> resources(List<Long> ids, Set<String> permissionIds) {
        List<OpenApiDocument.Resource> out = new ArrayList<>();
        for (long id : ids) {
            ServiceReference<?>[] refs;
            try {
                refs = context.getServiceReferences((String) null, "(" + Constants.SERVICE_ID + "=" + id + ")");
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            if (refs == null || refs.length == 0 || refs[0].getBundle() == null) {
                continue;
            }
            Bundle bundle = refs[0].getBundle();
            String[] classes = (String[]) refs[0].getProperty(Constants.OBJECTCLASS);
            Class<?> type;
            try {
                type = bundle.loadClass(classes[0]);
            } catch (ClassNotFoundException | IllegalStateException e) {
                continue;
            }
            out.add(new OpenApiDocument.Resource(type, module(bundle),
                    new MethodScan(owner -> classBytes(bundle, owner), type.getClassLoader(), permissionIds)));
        }
        return out;
    }

    private OpenApiDocument.Module module(Bundle bundle) {
        if (bundle.equals(context.getBundle())) {
            return CORE;
        }
        for (WfedModule m : modules) {
            Bundle of = FrameworkUtil.getBundle(m.getClass());
            if (bundle.equals(of)) {
                return new OpenApiDocument.Module(m.id(), m.nameZh(), m.nameEn());
            }
        }
        String name = bundle.getHeaders("").get(Constants.BUNDLE_NAME);
        return new OpenApiDocument.Module(bundle.getSymbolicName(), name == null ? bundle.getSymbolicName() : name,
                name == null ? bundle.getSymbolicName() : name);
    }

    /** A class file of the bundle itself (not of what it imports), or null. */
    private static InputStream classBytes(Bundle bundle, String internalName) {
        URL entry = bundle.getEntry(internalName + ".class");
        if (entry == null) {
            return null;
        }
        try {
            return entry.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
