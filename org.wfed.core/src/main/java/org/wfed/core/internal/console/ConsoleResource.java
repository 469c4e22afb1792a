package org.wfed.core.internal.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.extension.ConsolePage;
import org.wfed.core.extension.WfedModule;
import org.wfed.core.internal.rest.WfedApplication;

/** What the console shell asks once signed in: {@code GET /api/console/menu} and {@code /api/console/modules}. */
@Component(service = ConsoleResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("console")
@Produces(MediaType.APPLICATION_JSON)
public final class ConsoleResource {

    /** One menu entry; {@code script} is the URL the shell imports. */
    public record MenuItem(String id, String titleZh, String titleEn, String group, int order, String script) {
        static MenuItem of(ConsolePage p) {
            return new MenuItem(p.id(), p.titleZh(), p.titleEn(), p.group(), p.order(),
                    "/console/modules/" + p.id() + "/" + p.script());
        }
    }

    /** A module or plugin present, for the header and the menu group names. */
    public record Module(String id, String nameZh, String nameEn) {
    }

    private static final Module CORE = new Module("core", "基础平台", "Core platform");

    private final AccessControl access;
    private final ConsolePages pages;
    private final List<WfedModule> modules = new CopyOnWriteArrayList<>();

    @Activate
    public ConsoleResource(@Reference AccessControl access, @Reference ConsolePages pages) {
        this.access = access;
        this.pages = pages;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(WfedModule module) {
        modules.add(module);
    }

    void removeModule(WfedModule module) {
        modules.remove(module);
    }

    /** The pages the caller may open, in menu order. */
    @GET
    @Path("menu")
    public List<MenuItem> menu(@Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return menu(pages.sorted(), caller);
    }

    static List<MenuItem> menu(List<ConsolePage> sorted, Caller caller) {
        List<MenuItem> out = new ArrayList<>();
        for (ConsolePage p : sorted) {
            String permission = p.permission();
            if (permission == null || permission.isBlank() || caller.has(permission)) {
                out.add(MenuItem.of(p));
            }
        }
        return out;
    }

    /** The modules present: core (always there, like in {@code /api/health}) first, then the others by id. */
    @GET
    @Path("modules")
    public List<Module> modules(@Context SecurityContext sc) {
        access.caller(sc);
        List<Module> out = new ArrayList<>();
        out.add(CORE);
        modules.stream()
                .filter(m -> !CORE.id().equals(m.id()))
                .map(m -> new Module(m.id(), m.nameZh(), m.nameEn()))
                .distinct()
                .sorted(Comparator.comparing(Module::id))
                .forEach(out::add);
        return out;
    }
}
