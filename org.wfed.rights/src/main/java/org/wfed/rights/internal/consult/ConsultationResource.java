package org.wfed.rights.internal.consult;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;
import org.wfed.core.Validation;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;
import org.wfed.rights.dto.Channel;
import org.wfed.rights.dto.Consultation;
import org.wfed.rights.dto.ConsultationInput;
import org.wfed.rights.internal.Params;

/** {@code /api/rights/consultations}: the hotline and consultation log by subtree and period. */
@Component(service = ConsultationResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("rights/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ConsultationResource {
    private final AccessControl access;
    private final ConsultationService consultations;

    @Activate
    public ConsultationResource(@Reference AccessControl access, @Reference ConsultationService consultations) {
        this.access = access;
        this.consultations = consultations;
    }

    @GET
    public Page<Consultation> list(@QueryParam("unitId") Long unitId, @QueryParam("year") String year,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("channel") String channel, @QueryParam("page") @DefaultValue("1") int page,
                                   @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return consultations.list(caller, Params.listing(unitId == null ? caller.unitId() : unitId, year, from, to, page, size),
                Params.choice("channel", channel, Channel.class));
    }

    @POST
    public Response create(ConsultationInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(consultations.create(access.caller(sc), Validation.body(in)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        if (version == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        consultations.delete(access.caller(sc), id, version);
        return Response.noContent().build();
    }
}
