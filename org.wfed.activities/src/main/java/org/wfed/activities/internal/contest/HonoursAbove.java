package org.wfed.activities.internal.contest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.ContestType;
import org.wfed.activities.dto.HonourAbove;
import org.wfed.activities.dto.HonourAboveInput;
import org.wfed.activities.dto.HonourLevel;
import org.wfed.activities.dto.HonourOutcome;
import org.wfed.activities.dto.NomineeKind;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.PeriodLocks;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;

/**
 * The register beyond the tree (上级荣誉登记): what a unit recommended to a level above the deployment's top unit
 * (推荐市级最美家庭) and the titles that level gave its families, people and collectives (市级三八红旗手). The unit
 * records them as its own account; the family, person or collective may come from a unit of its subtree. A title
 * from a level inside the tree comes through that level's contest (向上推荐) instead.
 */
@Component(service = HonoursAbove.class)
public final class HonoursAbove {
    private static final String SELECT = "SELECT h.id, h.unit_id, h.kind, h.type_id, t.name AS type_name, h.name, "
            + "h.origin_unit_id, h.outcome, h.honour_level, h.title, h.dated, h.document_no, h.version "
            + "FROM act_honour_above h LEFT JOIN act_contest_type t ON t.id = h.type_id";

    private final Database db;
    private final ContestTypes types;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeriodLocks locks;

    @Activate
    public HonoursAbove(@Reference ActivitiesSchema schema, @Reference ContestTypes types, @Reference OrgService orgs,
                        @Reference AccessControl access, @Reference AuditLog audit, @Reference PeriodLocks locks) {
        this.db = schema.db();
        this.types = types;
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
    }

    public HonourAbove create(Caller caller, HonourAboveInput in) {
        access.check(caller, ActivitiesPermissions.MANAGE, in.unitId());
        return db.write(c -> {
            long origin = checkRules(c, in);
            locks.checkOpen(c, in.unitId(), in.dated());
            long id = Jdbc.insert(c, "INSERT INTO act_honour_above (unit_id, kind, type_id, name, origin_unit_id, outcome, "
                    + "honour_level, title, dated, document_no, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    in.unitId(), in.kind(), in.typeId(), in.name().trim(), origin, in.outcome(), in.level(), in.title().trim(),
                    in.dated(), blankToNull(in.documentNo()), Instant.now());
            audit.ok(c, caller, "activities.honourAbove.create", "honourAbove", id, describe(in));
            return get(c, id);
        });
    }

    public HonourAbove update(Caller caller, long id, HonourAboveInput in) {
        if (in.version() == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        return db.write(c -> {
            HonourAbove old = get(c, id);
            access.check(caller, ActivitiesPermissions.MANAGE, old.unitId());
            access.check(caller, ActivitiesPermissions.MANAGE, in.unitId());
            long origin = checkRules(c, in);
            locks.checkOpen(c, old.unitId(), old.dated());
            locks.checkOpen(c, in.unitId(), in.dated());
            Jdbc.updateVersioned(c, "act_honour_above", id, "UPDATE act_honour_above SET unit_id = ?, kind = ?, type_id = ?, "
                    + "name = ?, origin_unit_id = ?, outcome = ?, honour_level = ?, title = ?, dated = ?, document_no = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?", in.unitId(), in.kind(), in.typeId(),
                    in.name().trim(), origin, in.outcome(), in.level(), in.title().trim(), in.dated(),
                    blankToNull(in.documentNo()), id, in.version());
            audit.ok(c, caller, "activities.honourAbove.update", "honourAbove", id, describe(in));
            return get(c, id);
        });
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            HonourAbove old = get(c, id);
            access.check(caller, ActivitiesPermissions.MANAGE, old.unitId());
            locks.checkOpen(c, old.unitId(), old.dated());
            if (Jdbc.update(c, "DELETE FROM act_honour_above WHERE id = ? AND version = ?", id, version) == 0) {
                throw WfedException.staleVersion("act_honour_above " + id);
            }
            audit.ok(c, caller, "activities.honourAbove.delete", "honourAbove", id, old.level() + " " + old.title() + " " + old.name());
            return null;
        });
    }

    public HonourAbove get(Caller caller, long id) {
        return db.read(c -> {
            HonourAbove h = get(c, id);
            access.check(caller, ActivitiesPermissions.READ, h.unitId());
            return h;
        });
    }

    /** The records of the unit's subtree dated in the year, newest first. */
    public List<HonourAbove> list(Caller caller, long unitId, int year) {
        access.check(caller, ActivitiesPermissions.READ, unitId);
        Period period = Period.year(year);
        Scope scope = orgs.scope(unitId, period);
        return db.read(c -> named(Jdbc.list(c, SELECT + " WHERE " + scope.unitCondition("h.unit_id")
                + " AND h.dated BETWEEN ? AND ? ORDER BY h.dated DESC, h.id DESC", HonoursAbove::map,
                Scope.params(scope.unitIdParams(), period.from(), period.to()))));
    }

    /** Checks the record's rules (field errors together) and answers the unit the honoured come from. */
    private long checkRules(Connection c, HonourAboveInput in) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        long origin = in.originUnitId() == null ? in.unitId() : in.originUnitId();
        if (!orgs.isWithin(origin, in.unitId())) {
            errors.add(new FieldError("originUnitId", "NOT_IN_SUBTREE", "所属单位应为本单位或下级单位"));
        }
        HonourLevel top = Levels.of(topUnit(in.unitId()).kind());
        if (in.level().ordinal() <= top.ordinal()) {
            errors.add(new FieldError("level", "LEVEL_NOT_ABOVE", "此处登记" + top.labelZh()
                    + "以上的推荐和称号；本系统内各级的表彰请通过评选和“向上推荐”办理"));
        }
        if (in.typeId() != null) {
            ContestType type = types.find(c, in.typeId()).orElse(null);
            if (type == null) {
                errors.add(new FieldError("typeId", "UNKNOWN_TYPE", "没有这种评选类型"));
            } else if (type.nomineeKind() != in.kind()) {
                errors.add(new FieldError("typeId", "KIND_MISMATCH", "“" + type.name() + "”评选的是"
                        + type.nomineeKind().labelZh() + "，与所填对象类别不符"));
            }
        }
        FieldError existed = org.wfed.core.Validation.unitProblem("dated", orgs.get(in.unitId()), in.dated());
        if (existed != null) {
            errors.add(existed);
        }
        if (!errors.isEmpty()) {
            throw WfedException.invalidFields(errors);
        }
        return origin;
    }

    private OrgUnit topUnit(long unitId) {
        OrgUnit u = orgs.get(unitId);
        while (u.parentId() != null) {
            u = orgs.get(u.parentId());
        }
        return u;
    }

    private HonourAbove get(Connection c, long id) throws SQLException {
        HonourAbove h = Jdbc.one(c, SELECT + " WHERE h.id = ?", HonoursAbove::map, id)
                .orElseThrow(() -> WfedException.notFound("上级荣誉记录 " + id));
        return named(List.of(h)).get(0);
    }

    private List<HonourAbove> named(List<HonourAbove> list) {
        List<HonourAbove> out = new ArrayList<>(list.size());
        for (HonourAbove h : list) {
            out.add(new HonourAbove(h.id(), h.unitId(), h.kind(), h.kindZh(), h.typeId(), h.typeName(), h.name(),
                    h.originUnitId(), orgs.get(h.originUnitId()).name(), h.outcome(), h.outcomeZh(), h.level(), h.levelZh(),
                    h.title(), h.dated(), h.documentNo(), h.version()));
        }
        return out;
    }

    private static HonourAbove map(ResultSet rs) throws SQLException {
        NomineeKind kind = NomineeKind.valueOf(rs.getString("kind"));
        HonourOutcome outcome = HonourOutcome.valueOf(rs.getString("outcome"));
        HonourLevel level = HonourLevel.valueOf(rs.getString("honour_level"));
        return new HonourAbove(rs.getLong("id"), rs.getLong("unit_id"), kind, kind.labelZh(), Jdbc.nullableLong(rs, "type_id"),
                rs.getString("type_name"), rs.getString("name"), rs.getLong("origin_unit_id"), null, outcome,
                outcome.labelZh(), level, level.labelZh(), rs.getString("title"), Jdbc.date(rs, "dated"),
                rs.getString("document_no"), rs.getInt("version"));
    }

    private static String describe(HonourAboveInput in) {
        return in.outcome() + " " + in.level() + " " + in.title() + " " + in.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
