package org.wfed.elections.internal.rest;

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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.WfedException;
import org.wfed.elections.ElectionsError;
import org.wfed.elections.dto.ApprovalInput;
import org.wfed.elections.dto.AttendanceInput;
import org.wfed.elections.dto.Candidate;
import org.wfed.elections.dto.CandidateInput;
import org.wfed.elections.dto.Election;
import org.wfed.elections.dto.ElectionDetail;
import org.wfed.elections.dto.ElectionInput;
import org.wfed.elections.dto.ElectionStats;
import org.wfed.elections.dto.OfficialInput;
import org.wfed.elections.dto.OverrideInput;
import org.wfed.elections.dto.PreviousTerm;
import org.wfed.elections.dto.PreviousTermInput;
import org.wfed.elections.dto.Rollup;
import org.wfed.elections.dto.RoundInput;
import org.wfed.elections.dto.StepInput;
import org.wfed.elections.internal.ElectionsPermissions;
import org.wfed.elections.internal.service.CountingService;
import org.wfed.elections.internal.service.ElectionService;
import org.wfed.elections.internal.service.FilingService;
import org.wfed.elections.internal.stats.PreviousTerms;
import org.wfed.elections.internal.stats.StatsService;

/**
 * {@code /api/elections}: open an election, walk its steps, enter counts, override with a reason,
 * approve from the parent unit, statistics and the roll-up. Every call checks the permission and
 * the election's unit.
 */
@Component(service = ElectionResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("elections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ElectionResource {

    private final AccessControl access;
    private final ElectionService elections;
    private final CountingService counting;
    private final FilingService filing;
    private final StatsService stats;
    private final PreviousTerms previous;

    @Activate
    public ElectionResource(@Reference AccessControl access, @Reference ElectionService elections,
                            @Reference CountingService counting, @Reference FilingService filing, @Reference StatsService stats,
                            @Reference PreviousTerms previous) {
        this.previous = previous;
        this.access = access;
        this.elections = elections;
        this.counting = counting;
        this.filing = filing;
        this.stats = stats;
    }

    @GET
    public List<Election> list(@QueryParam("unitId") Long unitId, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        long root = unitId == null ? caller.unitId() : unitId;
        access.check(caller, ElectionsPermissions.READ, root);
        return elections.list(root);
    }

    @POST
    public Response open(ElectionInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.check(caller, ElectionsPermissions.MANAGE, body(in).unitId());
        return Response.status(Response.Status.CREATED).entity(elections.open(caller, in)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public ElectionDetail get(@PathParam("id") long id, @Context SecurityContext sc) {
        guard(sc, ElectionsPermissions.READ, id);
        return elections.detail(id);
    }

    @PUT
    @Path("{id: [0-9]+}/attendance")
    public ElectionDetail attendance(@PathParam("id") long id, AttendanceInput in, @Context SecurityContext sc) {
        return elections.attendance(guard(sc, ElectionsPermissions.MANAGE, id), id, body(in));
    }

    @POST
    @Path("{id: [0-9]+}/candidates")
    public Response addCandidate(@PathParam("id") long id, CandidateInput in, @Context SecurityContext sc) {
        Candidate c = elections.addCandidate(guard(sc, ElectionsPermissions.MANAGE, id), id, body(in));
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    @DELETE
    @Path("{id: [0-9]+}/candidates/{candidateId: [0-9]+}")
    public Response removeCandidate(@PathParam("id") long id, @PathParam("candidateId") long candidateId,
                                    @Context SecurityContext sc) {
        elections.removeCandidate(guard(sc, ElectionsPermissions.MANAGE, id), id, candidateId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/officials")
    public Response addOfficial(@PathParam("id") long id, OfficialInput in, @Context SecurityContext sc) {
        ElectionDetail d = elections.addOfficial(guard(sc, ElectionsPermissions.MANAGE, id), id, body(in));
        return Response.status(Response.Status.CREATED).entity(d).build();
    }

    @DELETE
    @Path("{id: [0-9]+}/officials/{officialId: [0-9]+}")
    public Response removeOfficial(@PathParam("id") long id, @PathParam("officialId") long officialId,
                                   @Context SecurityContext sc) {
        elections.removeOfficial(guard(sc, ElectionsPermissions.MANAGE, id), id, officialId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/steps")
    public ElectionDetail step(@PathParam("id") long id, StepInput in, @Context SecurityContext sc) {
        return elections.advance(guard(sc, ElectionsPermissions.MANAGE, id), id, body(in));
    }

    @POST
    @Path("{id: [0-9]+}/positions/{positionId: [0-9]+}/rounds")
    public Response count(@PathParam("id") long id, @PathParam("positionId") long positionId, RoundInput in,
                          @Context SecurityContext sc) {
        ElectionDetail d = counting.enterRound(guard(sc, ElectionsPermissions.COUNT, id), id, positionId, body(in));
        return Response.status(Response.Status.CREATED).entity(d).build();
    }

    @POST
    @Path("{id: [0-9]+}/positions/{positionId: [0-9]+}/override")
    public ElectionDetail override(@PathParam("id") long id, @PathParam("positionId") long positionId, OverrideInput in,
                                   @Context SecurityContext sc) {
        return counting.override(guard(sc, ElectionsPermissions.OVERRIDE, id), id, positionId, body(in));
    }

    @POST
    @Path("{id: [0-9]+}/approve")
    public ElectionDetail approve(@PathParam("id") long id, ApprovalInput in, @Context SecurityContext sc) {
        return filing.approve(guard(sc, ElectionsPermissions.APPROVE, id), id, body(in));
    }

    @GET
    @Path("{id: [0-9]+}/stats")
    public ElectionStats stats(@PathParam("id") long id, @Context SecurityContext sc) {
        guard(sc, ElectionsPermissions.READ, id);
        return stats.election(id);
    }

    @GET
    @Path("rollup")
    public Rollup rollup(@QueryParam("unitId") Long unitId, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("deadline") String deadline, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        long root = unitId == null ? caller.unitId() : unitId;
        access.check(caller, ElectionsPermissions.READ, root);
        LocalDate today = LocalDate.now();
        LocalDate f = date("from", from, LocalDate.of(today.getYear() - 4, 1, 1));
        LocalDate t = date("to", to, LocalDate.of(today.getYear(), 12, 31));
        return stats.rollup(root, f, t, date("deadline", deadline, null), today);
    }

    /** The unit's previous term as entered once (上届班子构成), for the before → after where core holds no history. */
    @GET
    @Path("previous-terms/{unitId: [0-9]+}")
    public PreviousTerm previousTerm(@PathParam("unitId") long unitId, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.check(caller, ElectionsPermissions.READ, unitId);
        return previous.get(unitId);
    }

    /** Enters or corrects it: the whole composition, with the version read (409 when someone else saved meanwhile). */
    @PUT
    @Path("previous-terms/{unitId: [0-9]+}")
    public PreviousTerm savePreviousTerm(@PathParam("unitId") long unitId, PreviousTermInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.check(caller, ElectionsPermissions.MANAGE, unitId);
        return previous.save(caller, unitId, in);
    }

    private Caller guard(SecurityContext sc, String permission, long electionId) {
        Caller caller = access.caller(sc);
        access.require(caller, permission);
        access.checkUnit(caller, elections.unitOf(electionId));
        return caller;
    }

    static <T> T body(T in) {
        return org.wfed.core.Validation.body(in);
    }

    static LocalDate date(String field, String text, LocalDate fallback) {
        LocalDate day = org.wfed.core.Validation.optionalDate(field, text);
        return day == null ? fallback : day;
    }
}
