package org.wfed.activities.internal.contest;

import java.util.List;
import javax.ws.rs.Consumes;
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
import org.wfed.activities.dto.CommendInput;
import org.wfed.activities.dto.Contest;
import org.wfed.activities.dto.ContestInput;
import org.wfed.activities.dto.EligibilityInput;
import org.wfed.activities.dto.ExternalHonourInput;
import org.wfed.activities.dto.HonourStep;
import org.wfed.activities.dto.NominationInput;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NoticeInput;
import org.wfed.activities.dto.Objection;
import org.wfed.activities.dto.ObjectionInput;
import org.wfed.core.dto.ObjectionResolution;
import org.wfed.activities.dto.RankedNominee;
import org.wfed.activities.dto.RecommendInput;
import org.wfed.activities.dto.Score;
import org.wfed.activities.dto.ScoreInput;
import org.wfed.activities.dto.StepInput;
import org.wfed.activities.dto.VotesInput;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.WfedException;

/** {@code /api/activities/contests}: a contest's whole flow, from nomination to recommendation upward. */
@Component(service = ContestResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("activities/contests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ContestResource {
    private static final String HTML = "text/html;charset=UTF-8";

    private final AccessControl access;
    private final ContestService contests;
    private final Nominations nominations;
    private final ContestPanel panel;
    private final ContestPublication publication;
    private final Recommendations recommendations;
    private final ContestPrints prints;

    @Activate
    public ContestResource(@Reference AccessControl access, @Reference ContestService contests, @Reference Nominations nominations,
                           @Reference ContestPanel panel, @Reference ContestPublication publication,
                           @Reference Recommendations recommendations, @Reference ContestPrints prints) {
        this.access = access;
        this.contests = contests;
        this.nominations = nominations;
        this.panel = panel;
        this.publication = publication;
        this.recommendations = recommendations;
        this.prints = prints;
    }

    @GET
    public List<Contest> list(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year,
                              @QueryParam("typeId") Long typeId, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return contests.list(caller, unitId == null ? caller.unitId() : unitId, year, typeId);
    }

    @POST
    public Response create(ContestInput in, @Context SecurityContext sc) {
        return created(contests.create(access.caller(sc), required(in)));
    }

    @GET
    @Path("{id}")
    public Contest get(@PathParam("id") long id, @Context SecurityContext sc) {
        return contests.get(access.caller(sc), id);
    }

    @GET
    @Path("{id}/nominees")
    public List<Nominee> nominees(@PathParam("id") long id, @Context SecurityContext sc) {
        return contests.nominees(access.caller(sc), id);
    }

    @POST
    @Path("{id}/nominees")
    public Response nominate(@PathParam("id") long id, NominationInput in, @Context SecurityContext sc) {
        return created(nominations.nominate(access.caller(sc), id, required(in)));
    }

    @GET
    @Path("{id}/nominees/{nid}")
    public Nominee nominee(@PathParam("id") long id, @PathParam("nid") long nid, @Context SecurityContext sc) {
        return contests.nominee(access.caller(sc), id, nid);
    }

    @PUT
    @Path("{id}/nominees/{nid}/eligibility")
    public Nominee eligibility(@PathParam("id") long id, @PathParam("nid") long nid, EligibilityInput in,
                               @Context SecurityContext sc) {
        return nominations.ruleEligibility(access.caller(sc), id, nid, required(in));
    }

    @PUT
    @Path("{id}/nominees/{nid}/votes")
    public Nominee votes(@PathParam("id") long id, @PathParam("nid") long nid, VotesInput in, @Context SecurityContext sc) {
        return nominations.recordVotes(access.caller(sc), id, nid, required(in));
    }

    @GET
    @Path("{id}/nominees/{nid}/history")
    public List<HonourStep> history(@PathParam("id") long id, @PathParam("nid") long nid, @Context SecurityContext sc) {
        return recommendations.history(access.caller(sc), id, nid);
    }

    @POST
    @Path("{id}/nominees/{nid}/external-honours")
    public Response external(@PathParam("id") long id, @PathParam("nid") long nid, ExternalHonourInput in,
                             @Context SecurityContext sc) {
        return created(recommendations.recordExternal(access.caller(sc), id, nid, required(in)));
    }

    @POST
    @Path("{id}/review")
    public Contest review(@PathParam("id") long id, StepInput in, @Context SecurityContext sc) {
        return contests.startReview(access.caller(sc), id, required(in).version());
    }

    @GET
    @Path("{id}/scores")
    public List<Score> scores(@PathParam("id") long id, @Context SecurityContext sc) {
        return panel.scores(access.caller(sc), id);
    }

    @POST
    @Path("{id}/scores")
    public Score score(@PathParam("id") long id, ScoreInput in, @Context SecurityContext sc) {
        return panel.score(access.caller(sc), id, required(in));
    }

    @GET
    @Path("{id}/ranking")
    public List<RankedNominee> ranking(@PathParam("id") long id, @Context SecurityContext sc) {
        return panel.ranking(access.caller(sc), id);
    }

    @POST
    @Path("{id}/notice")
    public Contest notice(@PathParam("id") long id, NoticeInput in, @Context SecurityContext sc) {
        return publication.startNotice(access.caller(sc), id, required(in));
    }

    @GET
    @Path("{id}/objections")
    public List<Objection> objections(@PathParam("id") long id, @Context SecurityContext sc) {
        return publication.objections(access.caller(sc), id);
    }

    @POST
    @Path("{id}/objections")
    public Response lodge(@PathParam("id") long id, ObjectionInput in, @Context SecurityContext sc) {
        return created(publication.lodge(access.caller(sc), id, required(in)));
    }

    @PUT
    @Path("{id}/objections/{oid}")
    public Objection resolve(@PathParam("id") long id, @PathParam("oid") long oid, ObjectionResolution in,
                             @Context SecurityContext sc) {
        return publication.resolve(access.caller(sc), id, oid, required(in));
    }

    @POST
    @Path("{id}/finalise")
    public Contest finalise(@PathParam("id") long id, StepInput in, @Context SecurityContext sc) {
        return publication.finalise(access.caller(sc), id, required(in).version());
    }

    @POST
    @Path("{id}/commend")
    public Contest commend(@PathParam("id") long id, CommendInput in, @Context SecurityContext sc) {
        return publication.commend(access.caller(sc), id, required(in));
    }

    @GET
    @Path("{id}/recommendations")
    public List<HonourStep> upward(@PathParam("id") long id, @Context SecurityContext sc) {
        return recommendations.upward(access.caller(sc), id);
    }

    @POST
    @Path("{id}/recommendations")
    public Response recommend(@PathParam("id") long id, RecommendInput in, @Context SecurityContext sc) {
        return created(recommendations.recommend(access.caller(sc), id, required(in).nomineeIds()));
    }

    /** The printable notice; answers HTML whatever the client accepts (errors stay JSON). */
    @GET
    @Path("{id}/notice.html")
    @Produces({HTML, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response noticePage(@PathParam("id") long id, @Context SecurityContext sc) {
        return Response.ok(prints.notice(access.caller(sc), id), HTML).build();
    }

    @GET
    @Path("{id}/honours.html")
    @Produces({HTML, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response honoursPage(@PathParam("id") long id, @Context SecurityContext sc) {
        return Response.ok(prints.honours(access.caller(sc), id), HTML).build();
    }

    static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw WfedException.bodyRequired();
        }
        return body;
    }
}
