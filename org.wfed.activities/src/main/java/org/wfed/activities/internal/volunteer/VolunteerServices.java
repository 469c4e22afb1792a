package org.wfed.activities.internal.volunteer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.core.Page;
import org.wfed.activities.dto.VolunteerService;
import org.wfed.activities.dto.VolunteerServiceInput;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.PeriodLocks;
import org.wfed.activities.internal.activity.ActivityFilter;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;

/** Volunteer service records (巾帼志愿服务): team, volunteers and hours, listed by subtree and period. */
@Component(service = VolunteerServices.class)
public final class VolunteerServices {
    private static final String COLUMNS = "id, unit_id, served_on, team_id, team_name, content, volunteers, service_hours, "
            + "beneficiaries, people_served, version";

    private final Database db;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeriodLocks locks;

    @Activate
    public VolunteerServices(@Reference ActivitiesSchema schema, @Reference OrgService orgs, @Reference AccessControl access,
                             @Reference AuditLog audit, @Reference PeriodLocks locks) {
        this.db = schema.db();
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
    }

    public VolunteerService create(Caller caller, VolunteerServiceInput in) {
        access.check(caller, ActivitiesPermissions.MANAGE, in.unitId());
        return db.write(c -> {
            long id = insert(c, in);
            audit.ok(c, caller, "activities.volunteerService.create", "volunteerService", id, in.servedOn() + " " + in.teamName());
            return get(c, id);
        });
    }

    /** Inserts after the period lock is checked, in the caller's transaction (also for demo data). */
    public long insert(Connection c, VolunteerServiceInput in) throws SQLException {
        checkRules(in);
        locks.checkOpen(c, in.unitId(), in.servedOn());
        return Jdbc.insert(c, "INSERT INTO act_volunteer_service (unit_id, served_on, team_id, team_name, content, volunteers, "
                + "service_hours, beneficiaries, people_served, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(),
                in.servedOn(), in.teamId(), in.teamName().trim(), in.content().trim(), in.volunteers(), in.hours(),
                in.beneficiaries(), in.peopleServed(), Instant.now());
    }

    public VolunteerService update(Caller caller, long id, VolunteerServiceInput in) {
        if (in.version() == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        return db.write(c -> {
            VolunteerService old = get(c, id);
            access.check(caller, ActivitiesPermissions.MANAGE, old.unitId());
            access.checkUnit(caller, in.unitId());
            checkRules(in);
            locks.checkOpen(c, old.unitId(), old.servedOn());
            locks.checkOpen(c, in.unitId(), in.servedOn());
            Jdbc.updateVersioned(c, "act_volunteer_service", id, "UPDATE act_volunteer_service SET unit_id = ?, served_on = ?, "
                    + "team_id = ?, team_name = ?, content = ?, volunteers = ?, service_hours = ?, beneficiaries = ?, "
                    + "people_served = ?, version = version + 1 WHERE id = ? AND version = ?", in.unitId(), in.servedOn(),
                    in.teamId(), in.teamName().trim(), in.content().trim(), in.volunteers(), in.hours(), in.beneficiaries(),
                    in.peopleServed(), id, in.version());
            audit.ok(c, caller, "activities.volunteerService.update", "volunteerService", id, in.servedOn() + " " + in.teamName());
            return get(c, id);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            VolunteerService old = get(c, id);
            access.check(caller, ActivitiesPermissions.MANAGE, old.unitId());
            locks.checkOpen(c, old.unitId(), old.servedOn());
            if (Jdbc.update(c, "DELETE FROM act_volunteer_service WHERE id = ? AND version = ?", id, version) == 0) {
                throw WfedException.staleVersion("act_volunteer_service " + id);
            }
            audit.ok(c, caller, "activities.volunteerService.delete", "volunteerService", id, old.servedOn() + " " + old.teamName());
            return null;
        });
    }

    public VolunteerService get(Caller caller, long id) {
        return db.read(c -> {
            VolunteerService v = get(c, id);
            access.check(caller, ActivitiesPermissions.READ, v.unitId());
            return v;
        });
    }

    private VolunteerService get(Connection c, long id) throws SQLException {
        VolunteerService v = Jdbc.one(c, "SELECT " + COLUMNS + " FROM act_volunteer_service WHERE id = ?",
                VolunteerServices::map, id).orElseThrow(() -> WfedException.notFound("志愿服务记录 " + id));
        return named(List.of(v)).get(0);
    }

    public Page<VolunteerService> list(Caller caller, ActivityFilter f) {
        access.check(caller, ActivitiesPermissions.READ, f.unitId());
        Scope scope = orgs.scope(f.unitId(), f.period());
        String where = " FROM act_volunteer_service WHERE " + scope.unitCondition("unit_id") + " AND served_on BETWEEN ? AND ?";
        Object[] params = Scope.params(scope.unitIdParams(), f.from(), f.to());
        return db.read(c -> {
            long total = Jdbc.number(c, "SELECT COUNT(*)" + where, params);
            List<VolunteerService> items = Jdbc.list(c, "SELECT " + COLUMNS + where
                    + " ORDER BY served_on DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", VolunteerServices::map,
                    Scope.params(params, (long) (f.page() - 1) * f.size(), f.size()));
            return new Page<>(named(items), total, f.page(), f.size());
        });
    }

    /** The unit existed on the day, and a team named by id is one of the unit's own subtree. */
    private void checkRules(VolunteerServiceInput in) {
        List<FieldError> errors = new ArrayList<>();
        FieldError existed = org.wfed.core.Validation.unitProblem("servedOn", orgs.get(in.unitId()), in.servedOn());
        if (existed != null) {
            errors.add(existed);
        }
        // a team of another unit's subtree: its hours would be counted for a unit it does not belong to
        if (in.teamId() != null && !orgs.teamUnit(in.teamId()).map(u -> orgs.isWithin(u, in.unitId())).orElse(false)) {
            errors.add(new FieldError("teamId", "TEAM_OUTSIDE_UNIT", "所选志愿服务队不属于本单位或其下级单位"));
        }
        if (!errors.isEmpty()) {
            throw WfedException.invalidFields(errors);
        }
    }

    private List<VolunteerService> named(List<VolunteerService> list) {
        Map<Long, String> names = new HashMap<>();
        List<VolunteerService> out = new ArrayList<>();
        for (VolunteerService v : list) {
            String name = names.computeIfAbsent(v.unitId(), id -> orgs.get(id).name());
            out.add(new VolunteerService(v.id(), v.unitId(), name, v.servedOn(), v.teamId(), v.teamName(), v.content(),
                    v.volunteers(), v.hours(), v.beneficiaries(), v.peopleServed(), v.version()));
        }
        return out;
    }

    private static VolunteerService map(ResultSet rs) throws SQLException {
        return new VolunteerService(rs.getLong("id"), rs.getLong("unit_id"), null, Jdbc.date(rs, "served_on"),
                Jdbc.nullableLong(rs, "team_id"), rs.getString("team_name"), rs.getString("content"),
                rs.getInt("volunteers"), rs.getBigDecimal("service_hours"), rs.getInt("beneficiaries"), rs.getInt("people_served"),
                rs.getInt("version"));
    }
}
