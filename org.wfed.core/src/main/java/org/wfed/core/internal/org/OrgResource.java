package org.wfed.core.internal.org;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.Leader;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.OrgUnitInput;
import org.wfed.core.dto.Station;
import org.wfed.core.dto.StationKind;
import org.wfed.core.dto.VolunteerTeam;
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
    public record UnitDetail(OrgUnit unit, List<OrgUnit> children, List<Station> stations, List<VolunteerTeam> teams,
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

    /** A new station (阵地). */
    public record StationInput(StationKind kind, String name, String address, String keeper, int sixHave) {
    }

    /** A new volunteer team. */
    public record TeamInput(String name, String leaderName, int members, LocalDate foundedOn) {
    }

    private final Database db;
    private final AccessControl access;
    private final OrgServiceImpl orgs;
    private final OrgChanges changes;
    private final AuditLog audit;

    @Activate
    public OrgResource(@Reference Database db, @Reference AccessControl access, @Reference OrgServiceImpl orgs,
                       @Reference OrgChanges changes, @Reference AuditLog audit) {
        this.db = db;
        this.access = access;
        this.orgs = orgs;
        this.changes = changes;
        this.audit = audit;
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
        return db.read(c -> new UnitDetail(orgs.get(c, id),
                Jdbc.list(c, "SELECT " + OrgServiceImpl.UNIT_COLUMNS + " FROM core_unit WHERE parent_id = ? ORDER BY status, id",
                        OrgServiceImpl::unit, id),
                Jdbc.list(c, "SELECT * FROM core_station WHERE unit_id = ? ORDER BY id", OrgResource::station, id),
                Jdbc.list(c, "SELECT * FROM core_volunteer_team WHERE unit_id = ? ORDER BY id", OrgResource::team, id),
                orgs.leadership(id, LocalDate.now())));
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id, @Context SecurityContext sc) {
        read(sc, id);
        return db.read(c -> Jdbc.list(c, "SELECT * FROM core_unit_hist WHERE unit_id = ? ORDER BY valid_from, id",
                rs -> new HistoryEntry(rs.getString("name"), Jdbc.nullableLong(rs, "parent_id"), rs.getString("path"),
                        OrgServiceImpl.founded(Jdbc.date(rs, "valid_from")), Jdbc.date(rs, "valid_to"), rs.getString("change_kind"), rs.getString("note")), id));
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

    @POST
    @Path("{id}/stations")
    public Response addStation(@PathParam("id") long id, StationInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        Station s = new Station(0, id, in.kind(), in.name(), in.address(), in.keeper(), in.sixHave(), 0);
        long sid = db.write(c -> Jdbc.insert(c, "INSERT INTO core_station (unit_id, kind, name, address, keeper, six_have) VALUES (?, ?, ?, ?, ?, ?)",
                id, s.kind(), s.name(), s.address(), s.keeper(), s.sixHave()));
        audit.ok(caller, "org.station.create", "station", sid, s.name());
        return Response.status(201).entity(new Station(sid, id, s.kind(), s.name(), s.address(), s.keeper(), s.sixHave(), 0)).build();
    }

    @POST
    @Path("{id}/teams")
    public Response addTeam(@PathParam("id") long id, TeamInput in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = write(sc, id);
        VolunteerTeam t = new VolunteerTeam(0, id, in.name(), in.leaderName(), in.members(), in.foundedOn(), 0);
        long tid = db.write(c -> Jdbc.insert(c, "INSERT INTO core_volunteer_team (unit_id, name, leader_name, members, founded_on) VALUES (?, ?, ?, ?, ?)",
                id, t.name(), t.leaderName(), t.members(), t.foundedOn()));
        audit.ok(caller, "org.team.create", "team", tid, t.name());
        return Response.status(201).entity(new VolunteerTeam(tid, id, t.name(), t.leaderName(), t.members(), t.foundedOn(), 0)).build();
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



    static Station station(ResultSet rs) throws SQLException {
        return new Station(rs.getLong("id"), rs.getLong("unit_id"), StationKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("address"), rs.getString("keeper"), rs.getInt("six_have"), rs.getInt("version"));
    }

    static VolunteerTeam team(ResultSet rs) throws SQLException {
        return new VolunteerTeam(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"), rs.getString("leader_name"),
                rs.getInt("members"), Jdbc.date(rs, "founded_on"), rs.getInt("version"));
    }
}
