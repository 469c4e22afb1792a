package org.wfed.core.internal.rest;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.extension.WfedModule;

/** {@code GET /api/health} (no sign-in): UP and the modules and plugins present. */
@Component(service = HealthResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    /** The answer: status and module ids, core first. */
    public record Health(String status, List<String> modules) {
    }

    private final List<WfedModule> modules = new CopyOnWriteArrayList<>();

    /** Health is only up once the database, core's schema and the admin account are. */
    @Reference
    org.wfed.core.internal.auth.FirstStart firstStart;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(WfedModule m) {
        modules.add(m);
    }

    void removeModule(WfedModule m) {
        modules.remove(m);
    }

    @GET
    public Health health() {
        TreeSet<String> ids = new TreeSet<>();
        modules.forEach(m -> ids.add(m.id()));
        ids.remove("core");
        List<String> out = new java.util.ArrayList<>();
        out.add("core");
        out.addAll(ids);
        return new Health("UP", out);
    }

    /** The modules present with their names, for the console. */
    public List<WfedModule> modules() {
        return List.copyOf(modules);
    }
}
