package org.wfed.aid.internal.pairing;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.wfed.aid.dto.Pairing;
import org.wfed.aid.dto.PairingEnd;
import org.wfed.aid.dto.PairingInput;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;
import org.wfed.core.Validation;

/** {@code /api/aid/pairings}: one-to-one pairings (一对一结对帮扶) of helpers with beneficiaries' households. */
@Component(service = PairingResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PairingResource {

    private final PairingService pairings;
    private final AccessControl access;

    @Activate
    public PairingResource(@Reference PairingService pairings, @Reference AccessControl access) {
        this.pairings = pairings;
        this.access = access;
    }

    /** {@code ?unitId=} (default: the caller's unit) {@code &personId= &page=1 &size=50}. */
    @GET
    public Page<Pairing> list(@QueryParam("unitId") Long unitId, @QueryParam("personId") Long personId,
                              @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                              @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return pairings.list(caller, unitId == null ? caller.unitId() : unitId, personId, Page.request(page, size));
    }

    @POST
    public Response create(PairingInput in, @Context SecurityContext sc) {
        return Response.status(201).entity(pairings.create(access.caller(sc), Validation.body(in))).build();
    }

    @POST
    @Path("{id}/end")
    public Pairing end(@PathParam("id") long id, PairingEnd in, @Context SecurityContext sc) {
        return pairings.end(access.caller(sc), id, Validation.body(in));
    }
}
