package org.wfed.core.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.internal.auth.FirstStart;
import org.wfed.core.internal.system.Readiness;

/**
 * {@code GET /api/health} (no sign-in): 503 {@code STARTING} with what it still waits for until wfed is ready
 * (every bundle active, every module migrated and registered, every REST resource taken in, so sign-in
 * answers); then 200 {@code UP}, or 200 {@code DEGRADED} with the modules, plugins or components that are down
 * and why. A load balancer sends users only once it answers 200.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final Readiness readiness;

    /** Health answers only once the database, core's schema and the admin account exist. */
    @Activate
    public HealthResource(@Reference Readiness readiness, @Reference FirstStart firstStart) {
        this.readiness = readiness;
    }

    @GET
    public Response health() {
        Readiness.State s = readiness.state();
        return Response.status(s.ready() ? 200 : 503).entity(s).build();
    }
}
