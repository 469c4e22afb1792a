package org.wfed.aid.internal.quota;

import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.wfed.aid.dto.QuotaGrant;
import org.wfed.aid.dto.QuotaGrantInput;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Validation;

/** {@code /api/aid/quota-grants}: places of a programme granted by a level above (上级下达名额), recorded by the unit. */
@Component(service = QuotaGrantResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid/quota-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class QuotaGrantResource {
    private final QuotaGrantService grants;
    private final AccessControl access;

    @Activate
    public QuotaGrantResource(@Reference QuotaGrantService grants, @Reference AccessControl access) {
        this.grants = grants;
        this.access = access;
    }

    /** {@code ?unitId=} (default: the caller's unit) {@code &year=} (default: this year): the grants of the subtree. */
    @GET
    public List<QuotaGrant> list(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return grants.list(caller, unitId == null ? caller.unitId() : unitId, year == null ? LocalDate.now().getYear() : year);
    }

    @GET
    @Path("{id}")
    public QuotaGrant get(@PathParam("id") long id, @Context SecurityContext sc) {
        return grants.get(access.caller(sc), id);
    }

    @POST
    public Response create(QuotaGrantInput in, @Context SecurityContext sc) {
        return Response.status(201).entity(grants.create(access.caller(sc), Validation.body(in))).build();
    }

    @PUT
    @Path("{id}")
    public QuotaGrant update(@PathParam("id") long id, QuotaGrantInput in, @Context SecurityContext sc) {
        return grants.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") int version, @Context SecurityContext sc) {
        grants.delete(access.caller(sc), id, version);
        return Response.noContent().build();
    }
}
