package org.wfed.rights.internal.cases;

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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;
import org.wfed.core.Validation;
import org.wfed.rights.dto.ActionInput;
import org.wfed.rights.dto.CaseInput;
import org.wfed.rights.dto.CaseKind;
import org.wfed.rights.dto.CaseSource;
import org.wfed.rights.dto.CaseSummary;
import org.wfed.rights.dto.CaseUpdate;
import org.wfed.rights.dto.CloseInput;
import org.wfed.rights.dto.RevealInput;
import org.wfed.rights.dto.RightsCase;
import org.wfed.rights.internal.Params;

/** {@code /api/rights/cases}: the case register, a case's timeline, closing, and the audited reveal. */
@Component(service = CaseResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("rights/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CaseResource {
    private final AccessControl access;
    private final CaseService cases;

    @Activate
    public CaseResource(@Reference AccessControl access, @Reference CaseService cases) {
        this.access = access;
        this.cases = cases;
    }

    /** The register of the subtree: {@code status} OPEN or CLOSED, {@code year} or {@code from}/{@code to} by intake. */
    @GET
    public Page<CaseSummary> list(@QueryParam("unitId") Long unitId, @QueryParam("year") String year,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("kind") String kind, @QueryParam("source") String source,
                                  @QueryParam("status") String status, @QueryParam("page") @DefaultValue("1") int page,
                                  @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        Boolean open = switch (status == null ? "" : status.trim()) {
            case "" -> null;
            case "OPEN" -> true;
            case "CLOSED" -> false;
            default -> throw org.wfed.core.WfedException.invalidField("status", org.wfed.core.FieldCode.INVALID_VALUE, status);
        };
        return cases.list(caller, new CaseFilter(Params.listing(unitId == null ? caller.unitId() : unitId, year, from, to, page, size),
                Params.choice("kind", kind, CaseKind.class), Params.choice("source", source, CaseSource.class), open));
    }

    @POST
    public Response create(CaseInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(cases.create(access.caller(sc), Validation.body(in)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    public RightsCase get(@PathParam("id") long id, @Context SecurityContext sc) {
        return cases.get(access.caller(sc), id);
    }

    @PUT
    @Path("{id}")
    public RightsCase update(@PathParam("id") long id, CaseUpdate in, @Context SecurityContext sc) {
        return cases.update(access.caller(sc), id, in);
    }

    @POST
    @Path("{id}/actions")
    public RightsCase addAction(@PathParam("id") long id, ActionInput in, @Context SecurityContext sc) {
        return cases.addAction(access.caller(sc), id, in);
    }

    @POST
    @Path("{id}/close")
    public RightsCase close(@PathParam("id") long id, CloseInput in, @Context SecurityContext sc) {
        return cases.close(access.caller(sc), id, in);
    }

    /** The case with its parties' data, for a holder of {@code rights.reveal}, the reason audited. */
    @POST
    @Path("{id}/reveal")
    public RightsCase reveal(@PathParam("id") long id, RevealInput in, @Context SecurityContext sc) {
        return cases.reveal(access.caller(sc), id, Validation.body(in).reason());
    }
}
