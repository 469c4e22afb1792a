package org.wfed.aid.internal.beneficiary;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Beneficiary;
import org.wfed.aid.dto.BeneficiaryInput;
import org.wfed.core.Validation;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;

/** {@code /api/aid/beneficiaries}: the beneficiary list and card (救助对象). */
@Component(service = BeneficiaryResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid/beneficiaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class BeneficiaryResource {

    private final BeneficiaryService beneficiaries;
    private final AccessControl access;

    @Activate
    public BeneficiaryResource(@Reference BeneficiaryService beneficiaries, @Reference AccessControl access) {
        this.beneficiaries = beneficiaries;
        this.access = access;
    }

    /** {@code ?unitId=} (default: the caller's unit) {@code &category=DIBAO &reveal=true &page=1 &size=50}. */
    @GET
    public Page<Beneficiary> list(@QueryParam("unitId") Long unitId, @QueryParam("category") String category,
                                  @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                                  @QueryParam("page") @DefaultValue("1") int page,
                                  @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, AidPermissions.READ);
        return beneficiaries.list(caller, unitId == null ? caller.unitId() : unitId, category, reveal,
                Page.request(page, size));
    }

    @GET
    @Path("{id}")
    public Beneficiary get(@PathParam("id") long id, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                           @Context SecurityContext sc) {
        return beneficiaries.get(access.caller(sc), id, reveal);
    }

    @GET
    @Path("by-person/{personId}")
    public Beneficiary byPerson(@PathParam("personId") long personId,
                                @QueryParam("reveal") @DefaultValue("false") boolean reveal, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, AidPermissions.READ);
        return beneficiaries.byPerson(caller, personId, reveal);
    }

    @POST
    public Response create(BeneficiaryInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, AidPermissions.APPLY);
        return Response.status(201).entity(beneficiaries.create(caller, Validation.body(in))).build();
    }

    @PUT
    @Path("{id}")
    public Beneficiary update(@PathParam("id") long id, BeneficiaryInput in, @Context SecurityContext sc) {
        return beneficiaries.update(access.caller(sc), id, Validation.body(in));
    }
}
