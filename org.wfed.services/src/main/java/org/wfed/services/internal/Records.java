package org.wfed.services.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Page;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.services.ServicesPermissions;

/**
 * What every register of the module shares: core's services, the subtree-and-period list with paging, the checks
 * every write makes (permission on the unit, the unit existed on the day, the period is open) and unit names.
 */
@Component(service = Records.class)
public final class Records {
    private final Database db;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeriodLocks locks;
    private final PersonService persons;

    @Activate
    public Records(@Reference ServicesSchema schema, @Reference OrgService orgs, @Reference AccessControl access,
                   @Reference AuditLog audit, @Reference PeriodLocks locks, @Reference PersonService persons) {
        this.db = schema.db();
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
        this.persons = persons;
    }

    /**
     * The name a seeker or trainee is recorded under: the registry's for a person of the caller's subtree (else a 400
     * on personId, the same for a person missing and one out of reach), or the name typed.
     */
    public String personName(Caller caller, Long personId, String typed) {
        if (personId == null) {
            return typed.trim();
        }
        org.wfed.core.dto.PersonFacts f;
        try {
            f = persons.facts(personId);
        } catch (WfedException e) {
            throw invalid("personId", "UNKNOWN_PERSON", "人员库中没有该人员");
        }
        if (!access.canSee(caller, f.unitId())) {
            throw invalid("personId", "UNKNOWN_PERSON", "人员库中没有该人员");
        }
        return f.name();
    }

    public Database db() { return db; }

    public OrgService orgs() { return orgs; }

    public AccessControl access() { return access; }

    public AuditLog audit() { return audit; }

    /** May the caller manage the unit's records; 403 without the permission, 404 outside her subtree. */
    public void manage(Caller caller, long unitId) {
        access.check(caller, ServicesPermissions.MANAGE, unitId);
    }

    /** May the caller read the unit's records. */
    public void read(Caller caller, long unitId) {
        access.check(caller, ServicesPermissions.READ, unitId);
    }

    /** The unit existed on the day ({@code field} named in the 400) and the unit's period of the day is open (else 409). */
    public void checkDay(Connection c, long unitId, String field, LocalDate day) throws SQLException {
        Validation.checkUnitExisted(field, orgs.get(unitId), day);
        locks.checkOpen(c, unitId, day);
    }

    public String unitName(long unitId) {
        return orgs.get(unitId).name();
    }

    /** A 400 on one field with a message of the module's own. */
    public static WfedException invalid(String field, String code, String messageZh) {
        return WfedException.invalidFields(List.of(new FieldError(field, code, messageZh)));
    }

    /** The version an update or delete must name, or a 400. */
    public static int version(Integer version) {
        if (version == null) {
            throw invalid("version", "REQUIRED", "必填");
        }
        return version;
    }

    /**
     * One page of the rows of the filter's subtree whose {@code dateColumn} lies in the period, newest first.
     * {@code from} names the module's table aliased {@code t} (and what it joins), {@code columns} what is read.
     */
    public <T> Page<T> page(Caller caller, ServicesFilter f, String from, String columns, String dateColumn,
                            Jdbc.RowMapper<T> map) {
        read(caller, f.unitId());
        Scope scope = orgs.scope(f.unitId(), f.period());
        String where = " FROM " + from + " WHERE " + scope.unitCondition("t.unit_id") + " AND t." + dateColumn
                + " BETWEEN ? AND ?";
        Object[] params = Scope.params(scope.unitIdParams(), f.from(), f.to());
        return db.read(c -> {
            long total = Jdbc.number(c, "SELECT COUNT(*)" + where, params);
            List<T> items = Jdbc.list(c, "SELECT " + columns + where + " ORDER BY t." + dateColumn + " DESC, t.id DESC "
                    + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", map, Scope.params(params, (long) (f.page() - 1) * f.size(), f.size()));
            return new Page<>(items, total, f.page(), f.size());
        });
    }

    /** Deletes a versioned row: 409 when the version is stale. */
    public static void delete(Connection c, String table, long id, int version) throws SQLException {
        if (Jdbc.update(c, "DELETE FROM " + table + " WHERE id = ? AND version = ?", id, version) == 0) {
            throw WfedException.staleVersion(table + " " + id);
        }
    }

    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
