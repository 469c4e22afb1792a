package org.wfed.aid.internal.screening;

import java.util.List;
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
import org.wfed.aid.dto.Campaign;
import org.wfed.aid.dto.CampaignInput;
import org.wfed.aid.dto.Diagnosis;
import org.wfed.aid.dto.DiagnosisInput;
import org.wfed.aid.dto.FollowUp;
import org.wfed.aid.dto.Invitation;
import org.wfed.aid.dto.InvitationRequest;
import org.wfed.aid.dto.InvitationResult;
import org.wfed.aid.dto.OutcomeInput;
import org.wfed.aid.dto.OutcomeResult;
import org.wfed.aid.dto.Screening;
import org.wfed.aid.dto.ScreeningInput;
import org.wfed.core.Validation;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;

/** {@code /api/aid/campaigns}, {@code /api/aid/follow-ups}, {@code /api/aid/diagnoses}: 两癌筛查. */
@Component(service = ScreeningResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ScreeningResource {

    private final CampaignService campaigns;
    private final ScreeningService screening;
    private final AccessControl access;

    @Activate
    public ScreeningResource(@Reference CampaignService campaigns, @Reference ScreeningService screening,
                             @Reference AccessControl access) {
        this.campaigns = campaigns;
        this.screening = screening;
        this.access = access;
    }

    @GET
    @Path("campaigns")
    public List<Campaign> list(@QueryParam("unitId") Long unitId, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return campaigns.list(caller, unitId == null ? caller.unitId() : unitId);
    }

    @POST
    @Path("campaigns")
    public Response create(CampaignInput in, @Context SecurityContext sc) {
        return Response.status(201).entity(campaigns.create(access.caller(sc), Validation.body(in))).build();
    }

    @GET
    @Path("campaigns/{id}")
    public Campaign get(@PathParam("id") long id, @Context SecurityContext sc) {
        return campaigns.get(access.caller(sc), id);
    }

    @POST
    @Path("campaigns/{id}/invitations")
    public InvitationResult invite(@PathParam("id") long id, InvitationRequest in, @Context SecurityContext sc) {
        return campaigns.invite(access.caller(sc), id, Validation.body(in));
    }

    @GET
    @Path("campaigns/{id}/invitations")
    public List<Invitation> invitations(@PathParam("id") long id, @Context SecurityContext sc) {
        return campaigns.invitations(access.caller(sc), id);
    }

    @POST
    @Path("campaigns/{id}/screenings")
    public Response record(@PathParam("id") long id, ScreeningInput in, @Context SecurityContext sc) {
        return Response.status(201).entity(screening.record(access.caller(sc), id, Validation.body(in))).build();
    }

    @GET
    @Path("campaigns/{id}/screenings")
    public List<Screening> screenings(@PathParam("id") long id, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                                      @Context SecurityContext sc) {
        return screening.screenings(access.caller(sc), id, reveal);
    }

    /** The follow-up worklist: {@code ?unitId=&open=true}. */
    @GET
    @Path("follow-ups")
    public List<FollowUp> followUps(@QueryParam("unitId") Long unitId, @QueryParam("open") @DefaultValue("true") boolean open,
                                    @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return screening.followUps(caller, unitId == null ? caller.unitId() : unitId, open);
    }

    @POST
    @Path("follow-ups/{id}/outcome")
    public OutcomeResult close(@PathParam("id") long id, OutcomeInput in, @Context SecurityContext sc) {
        return screening.close(access.caller(sc), id, Validation.body(in));
    }

    @POST
    @Path("diagnoses")
    public Response diagnose(DiagnosisInput in, @Context SecurityContext sc) {
        return Response.status(201).entity(screening.diagnose(access.caller(sc), Validation.body(in))).build();
    }

    @GET
    @Path("diagnoses")
    public List<Diagnosis> diagnoses(@QueryParam("personId") long personId, @Context SecurityContext sc) {
        return screening.diagnoses(access.caller(sc), personId);
    }
}
