package org.wfed.rights.internal.orders;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.rights.dto.DecisionInput;
import org.wfed.rights.dto.Order;
import org.wfed.rights.dto.OrderInput;
import org.wfed.rights.dto.Worklist;

/** {@code /api/rights/orders}: protection-order applications and warning letters, decisions, and the worklist. */
@Component(service = OrderResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("rights/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrderResource {
    private final AccessControl access;
    private final OrderService orders;

    @Activate
    public OrderResource(@Reference AccessControl access, @Reference OrderService orders) {
        this.access = access;
        this.orders = orders;
    }

    @POST
    public Response create(OrderInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(orders.create(access.caller(sc), in))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{id}/decision")
    public Order decide(@PathParam("id") long id, DecisionInput in, @Context SecurityContext sc) {
        return orders.decide(access.caller(sc), id, in);
    }

    /** Applications awaiting a decision and orders about to end, for the unit's subtree. */
    @GET
    @Path("worklist")
    public Worklist worklist(@QueryParam("unitId") Long unitId, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return orders.worklist(caller, unitId == null ? caller.unitId() : unitId);
    }
}
