package org.wfed.activities.internal.project;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.Project;
import org.wfed.activities.dto.ProjectInput;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;

/** Service projects (购买服务项目) of the units: recorded, changed, removed and listed by subtree; each write one audited transaction. */
@Component(service = Projects.class)
public final class Projects {
    private static final String COLUMNS = "id, unit_id, name, provider, first_year, last_year, note, version";

    private final Database db;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;

    @Activate
    public Projects(@Reference ActivitiesSchema schema, @Reference OrgService orgs, @Reference AccessControl access,
                    @Reference AuditLog audit) {
        this.db = schema.db();
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
    }

    /** The projects of the unit's subtree that ran in the year (or any year when null), the newest first. */
    public List<Project> list(Caller caller, long unitId, Integer year) {
        access.check(caller, ActivitiesPermissions.READ, unitId);
        LocalDate today = LocalDate.now();
        Scope scope = orgs.scope(unitId, new Period(today, today));
        String sql = "SELECT " + COLUMNS + " FROM act_project WHERE " + scope.unitCondition("unit_id")
                + (year == null ? "" : " AND first_year <= ? AND (last_year IS NULL OR last_year >= ?)")
                + " ORDER BY first_year DESC, id DESC";
        Object[] params = year == null ? scope.unitIdParams() : Scope.params(scope.unitIdParams(), year, year);
        return named(db.read(c -> Jdbc.list(c, sql, Projects::map, params)));
    }

    public Project get(Caller caller, long id) {
        Project p = db.read(c -> get(c, id));
        access.check(caller, ActivitiesPermissions.READ, p.unitId());
        return named(List.of(p)).get(0);
    }

    public Project create(Caller caller, ProjectInput in) {
        access.check(caller, ActivitiesPermissions.MANAGE, in.unitId());
        checkUnit(in);
        Project created = db.write(c -> {
            long id = Jdbc.insert(c, "INSERT INTO act_project (unit_id, name, provider, first_year, last_year, note, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.name().trim(), blankToNull(in.provider()), in.firstYear(),
                    in.lastYear(), blankToNull(in.note()), Instant.now());
            audit.ok(c, caller, "activities.project.create", "project", id, in.name());
            return get(c, id);
        });
        return named(List.of(created)).get(0);
    }

    public Project update(Caller caller, long id, ProjectInput in) {
        if (in.version() == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        checkUnit(in);
        Project updated = db.write(c -> {
            Project old = get(c, id);
            access.check(caller, ActivitiesPermissions.MANAGE, old.unitId());
            access.checkUnit(caller, in.unitId());
            Jdbc.updateVersioned(c, "act_project", id, "UPDATE act_project SET unit_id = ?, name = ?, provider = ?, first_year = ?, "
                    + "last_year = ?, note = ?, version = version + 1 WHERE id = ? AND version = ?", in.unitId(), in.name().trim(),
                    blankToNull(in.provider()), in.firstYear(), in.lastYear(), blankToNull(in.note()), id, in.version());
            audit.ok(c, caller, "activities.project.update", "project", id, in.name());
            return get(c, id);
        });
        return named(List.of(updated)).get(0);
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            Project old = get(c, id);
            access.check(caller, ActivitiesPermissions.MANAGE, old.unitId());
            if (Jdbc.update(c, "DELETE FROM act_project WHERE id = ? AND version = ?", id, version) == 0) {
                throw WfedException.staleVersion("act_project " + id);
            }
            audit.ok(c, caller, "activities.project.delete", "project", id, old.name());
            return null;
        });
    }

    /** A project starts no earlier than its unit existed. */
    private void checkUnit(ProjectInput in) {
        FieldError existed = org.wfed.core.Validation.unitProblem("firstYear", orgs.get(in.unitId()),
                LocalDate.of(in.firstYear(), 12, 31));
        if (existed != null) {
            throw WfedException.invalidFields(List.of(existed));
        }
    }

    private static Project get(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM act_project WHERE id = ?", Projects::map, id)
                .orElseThrow(() -> WfedException.notFound("项目 " + id));
    }

    private List<Project> named(List<Project> list) {
        Map<Long, String> names = new HashMap<>();
        return list.stream().map(p -> new Project(p.id(), p.unitId(), names.computeIfAbsent(p.unitId(), u -> orgs.get(u).name()),
                p.name(), p.provider(), p.firstYear(), p.lastYear(), p.note(), p.version())).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Project map(ResultSet rs) throws SQLException {
        Object last = rs.getObject("last_year");
        return new Project(rs.getLong("id"), rs.getLong("unit_id"), null, rs.getString("name"), rs.getString("provider"),
                rs.getInt("first_year"), last == null ? null : ((Number) last).intValue(), rs.getString("note"), rs.getInt("version"));
    }
}
