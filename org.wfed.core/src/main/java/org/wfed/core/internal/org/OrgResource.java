package org.wfed.core.internal.org;

import java.time.LocalDate;
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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.FieldError;
import org.wfed.core.dto.Leader;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.OrgUnitInput;
import org.wfed.core.dto.UnitKind;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.rest.WfedApplication;

/** {@code /api/orgs}: the caller's part of the organisation tree, its history, stations and teams. */
@Component(service = OrgResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("orgs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrgResource {

    /** A unit with what hangs off it. */
    public record UnitDetail(OrgUnit unit, List<OrgUnit> children, List<Registers.StationRecord> stations,
                             List<Registers.TeamRecord> teams,
                             List<Leader> leaders) {
    }

    /** One dated state of a unit. */
    public record HistoryEntry(String name, Long parentId, String path, LocalDate validFrom, LocalDate validTo, String change,
                               String note) {
    }

    /** Move: the new parent. */
    public record MoveRequest(long parentId, LocalDate effective, Integer version) {
    }

    /** Merge: the unit that absorbs this one. */
    public record MergeRequest(long intoId, LocalDate effective, Integer version) {
    }

    /** Split: the new units. */
    public record SplitRequest(List<OrgChanges.Part> parts, LocalDate effective, Integer version) {
    }

    private final Database db;
    private final AccessControl access;
    private final OrgServiceImpl orgs;
    private final OrgChanges changes;
    private final Registers registers;
    private final Secondments secondments;
    private final Seats seats;

    @Activate
    public OrgResource(@Reference Database db, @Reference AccessControl access, @Reference OrgServiceImpl orgs,
                       @Reference OrgChanges changes, @Reference Registers registers, @Reference Secondments secondments,
                       @Reference Seats seats) {
        this.secondments = secondments;
        this.seats = seats;
        this.db = db;
        this.access = access;
        this.orgs = orgs;
        this.changes = changes;
        this.registers = registers;
    }

    @GET
    @Path("tree")
    public List<OrgUnit> tree(@Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.ORG_READ);
        return orgs.subtree(caller.unitPath());
    }

    @GET
    @Path("{id}")
    public UnitDetail get(@PathParam("id") long id, @Context SecurityContext sc) {
        Caller caller = read(sc, id);
        return db.read(c -> new UnitDetail(orgs.get(c, id), UnitReads.unitsBelow(c, id),
                registers.stations(id), registers.teams(id), orgs.leadership(id, LocalDate.now())));
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id, @Context SecurityContext sc) {
        read(sc, id);
        return db.read(c -> UnitReads.history(c, id));
    }

    @GET
    @Path("{id}/leaders")
    public List<Leader> leaders(@PathParam("id") long id, @QueryParam("at") String at, @Context SecurityContext sc) {
        read(sc, id);
        return orgs.leadership(id, at == null ? LocalDate.now() : Validation.date("at", at));
    }

    @POST
    public Response create(OrgUnitInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, in.parentId() == null ? 0 : in.parentId());
        long id = changes.create(caller, in);
        return Response.status(201).entity(orgs.get(id)).build();
    }

    @PUT
    @Path("{id}")
    public OrgUnit update(@PathParam("id") long id, OrgUnitInput in, @Context SecurityContext sc) {
        Validation.body(in);
        changes.rename(write(sc, id), id, in);
        return orgs.get(id);
    }

    @POST
    @Path("{id}/move")
    public OrgUnit move(@PathParam("id") long id, MoveRequest in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        access.checkUnit(caller, in.parentId());
        notOwnUnit(caller, id);
        changes.move(caller, id, in.parentId(), in.effective(), in.version());
        return orgs.get(id);
    }

    @POST
    @Path("{id}/merge")
    public OrgUnit merge(@PathParam("id") long id, MergeRequest in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        access.checkUnit(caller, in.intoId());
        notOwnUnit(caller, id);
        changes.merge(caller, id, in.intoId(), in.effective(), in.version());
        return orgs.get(id);
    }

    @POST
    @Path("{id}/split")
    public List<OrgUnit> split(@PathParam("id") long id, SplitRequest in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        notOwnUnit(caller, id);
        return changes.split(caller, id, in.parts(), in.effective(), in.version()).stream().map(orgs::get).toList();
    }

    @GET
    @Path("station-kinds")
    public List<List<String>> stationKinds(@Context SecurityContext sc) {
        access.require(access.caller(sc), CorePermissions.ORG_READ);
        return registers.stationKinds();
    }

    @GET
    @Path("{id}/stations")
    public List<Registers.StationRecord> stations(@PathParam("id") long id, @Context SecurityContext sc) {
        read(sc, id);
        return registers.stations(id);
    }

    @POST
    @Path("{id}/stations")
    public Response addStation(@PathParam("id") long id, Registers.StationInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        return Response.status(201).entity(registers.createStation(caller, id, in)).build();
    }

    @PUT
    @Path("stations/{sid}")
    public Registers.StationRecord updateStation(@PathParam("sid") long sid, Registers.StationInput in, @Context SecurityContext sc) {
        Validation.body(in);
        return registers.updateStation(write(sc, registers.unitOf("core_station", sid)), sid, in);
    }

    @GET
    @Path("{id}/teams")
    public List<Registers.TeamRecord> teams(@PathParam("id") long id, @Context SecurityContext sc) {
        read(sc, id);
        return registers.teams(id);
    }

    @POST
    @Path("{id}/teams")
    public Response addTeam(@PathParam("id") long id, Registers.TeamInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        return Response.status(201).entity(registers.createTeam(caller, id, in)).build();
    }

    @PUT
    @Path("teams/{tid}")
    public Registers.TeamRecord updateTeam(@PathParam("tid") long tid, Registers.TeamInput in, @Context SecurityContext sc) {
        Validation.body(in);
        return registers.updateTeam(write(sc, registers.unitOf("core_volunteer_team", tid)), tid, in);
    }

    @POST
    @Path("teams/{tid}/members")
    public Response addMember(@PathParam("tid") long tid, Registers.MemberInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = people(sc, registers.unitOf("core_volunteer_team", tid));
        person(caller, in.personId());
        return Response.status(201).entity(registers.addMember(caller, tid, in)).build();
    }

    @GET
    @Path("{id}/volunteers")
    public List<Registers.VolunteerRecord> volunteers(@PathParam("id") long id, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.check(caller, CorePermissions.PEOPLE_READ, id);
        return registers.volunteers(id);
    }

    @POST
    @Path("{id}/volunteers")
    public Response addVolunteer(@PathParam("id") long id, Registers.VolunteerInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = people(sc, id);
        person(caller, in.personId());
        team(caller, in.teamId());
        return Response.status(201).entity(registers.createVolunteer(caller, id, in)).build();
    }

    @PUT
    @Path("volunteers/{vid}")
    public Registers.VolunteerRecord updateVolunteer(@PathParam("vid") long vid, Registers.VolunteerInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = people(sc, registers.unitOf("core_volunteer", vid));
        team(caller, in.teamId());
        return registers.updateVolunteer(caller, vid, in);
    }

    @GET
    @Path("{id}/pairings")
    public List<Registers.PairingRecord> pairings(@PathParam("id") long id, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.check(caller, CorePermissions.PEOPLE_READ, id);
        return registers.pairings(id);
    }

    @POST
    @Path("{id}/pairings")
    public Response addPairing(@PathParam("id") long id, Registers.PairingInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = people(sc, id);
        person(caller, in.personId());
        return Response.status(201).entity(registers.createPairing(caller, id, in)).build();
    }

    @PUT
    @Path("pairings/{pairingId}")
    public Registers.PairingRecord updatePairing(@PathParam("pairingId") long pid, Registers.PairingInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = people(sc, registers.unitOf("core_pairing", pid));
        person(caller, in.personId());
        return registers.updatePairing(caller, pid, in);
    }

    @GET
    @Path("pairings/{pairingId}/visits")
    public List<Registers.VisitRecord> visits(@PathParam("pairingId") long pid, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.check(caller, CorePermissions.PEOPLE_READ, registers.unitOf("core_pairing", pid));
        return registers.visits(pid);
    }

    @POST
    @Path("pairings/{pairingId}/visits")
    public Response addVisit(@PathParam("pairingId") long pid, Registers.VisitInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = people(sc, registers.unitOf("core_pairing", pid));
        return Response.status(201).entity(registers.addVisit(caller, pid, in)).build();
    }

    @GET
    @Path("{id}/committee-terms")
    public List<Registers.TermRecord> terms(@PathParam("id") long id, @Context SecurityContext sc) {
        read(sc, id);
        return registers.terms(id);
    }

    @POST
    @Path("{id}/committee-terms")
    public Response addTerm(@PathParam("id") long id, Registers.TermInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        if (!committeeKept(orgs.get(id).kind())) {
            throw WfedException.invalidFields(List.of(new FieldError("unitId", "NOT_VILLAGE_OR_COMMUNITY", "只有村、社区填写两委成员")));
        }
        return Response.status(201).entity(registers.createTerm(caller, id, in)).build();
    }

    @PUT
    @Path("committee-terms/{termId}")
    public Registers.TermRecord updateTerm(@PathParam("termId") long tid, Registers.TermInput in, @Context SecurityContext sc) {
        Validation.body(in);
        return registers.updateTerm(write(sc, registers.unitOf("core_committee_term", tid)), tid, in);
    }

    @GET
    @Path("{id}/secondments")
    public List<Secondments.SecondmentRecord> secondments(@PathParam("id") long id, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.check(caller, CorePermissions.PEOPLE_READ, id);
        return secondments.ofUnit(id);
    }

    @POST
    @Path("{id}/secondments")
    public Response addSecondment(@PathParam("id") long id, Secondments.SecondmentInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = people(sc, id);
        person(caller, in.personId());
        unitOfTree(caller, in.toUnitId());
        return Response.status(201).entity(secondments.create(caller, id, in)).build();
    }

    @PUT
    @Path("secondments/{secondmentId}")
    public Secondments.SecondmentRecord updateSecondment(@PathParam("secondmentId") long sid, Secondments.SecondmentInput in,
                                                         @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = people(sc, registers.unitOf("core_secondment", sid));
        person(caller, in.personId());
        unitOfTree(caller, in.toUnitId());
        return secondments.update(caller, sid, in);
    }

    @GET
    @Path("{id}/seats")
    public List<Seats.SeatRecord> seats(@PathParam("id") long id, @Context SecurityContext sc) {
        read(sc, id);
        return seats.ofUnit(id);
    }

    @POST
    @Path("{id}/seats")
    public Response addSeat(@PathParam("id") long id, Seats.SeatInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        person(caller, in.personId());
        return Response.status(201).entity(seats.create(caller, id, in)).build();
    }

    @PUT
    @Path("seats/{seatId}")
    public Seats.SeatRecord updateSeat(@PathParam("seatId") long sid, Seats.SeatInput in, @Context SecurityContext sc) {
        Validation.body(in);
        return seats.update(write(sc, registers.unitOf("core_leader", sid)), sid, in);
    }

    /** A destination in the tree must be a unit of the caller's subtree (404 otherwise). */
    private void unitOfTree(Caller caller, Long unitId) {
        if (unitId != null) {
            access.checkUnit(caller, unitId);
        }
    }

    /** The 两委 (村/居民委员会 and the Party branch committee) are a village's or a community's. */
    private static boolean committeeKept(UnitKind kind) {
        return kind == UnitKind.COMMUNITY || kind == UnitKind.VILLAGE;
    }

    /** The registers of people (volunteers, members, pairings) are kept by whoever keeps the unit's people. */
    private Caller people(SecurityContext sc, long unitId) {
        Caller caller = access.caller(sc);
        access.check(caller, CorePermissions.PEOPLE_WRITE, unitId);
        return caller;
    }

    /** A person named by a register must be of the caller's subtree (404 otherwise, like every unit outside it). */
    private void person(Caller caller, Long personId) {
        if (personId != null) {
            access.checkUnit(caller, registers.unitOfPerson(personId));
        }
    }

    private void team(Caller caller, Long teamId) {
        if (teamId != null) {
            access.checkUnit(caller, registers.unitOf("core_volunteer_team", teamId));
        }
    }

    private Caller read(SecurityContext sc, long unitId) {
        Caller caller = access.caller(sc);
        access.check(caller, CorePermissions.ORG_READ, unitId);
        return caller;
    }

    private Caller write(SecurityContext sc, long unitId) {
        Caller caller = access.caller(sc);
        access.check(caller, CorePermissions.ORG_WRITE, unitId);
        return caller;
    }

    /** A user cannot restructure the unit she belongs to: that is her parent's decision. */
    private static void notOwnUnit(Caller caller, long unitId) {
        if (caller.unitId() == unitId) {
            throw WfedException.forbidden("不能调整本单位自身，请由上级单位操作", "Only a parent unit may restructure this unit");
        }
    }
}
