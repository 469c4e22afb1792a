package org.wfed.activities.internal.activity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.Activity;
import org.wfed.activities.dto.ActivityInput;
import org.wfed.activities.dto.ActivityType;
import org.wfed.activities.dto.Material;
import org.wfed.core.Page;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.PeriodLocks;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;

/** Activities (活动) of the units: recorded, changed, removed, listed and exported by subtree, type and period. */
@Component(service = ActivityService.class)
public final class ActivityService {
    private static final String COLUMNS = "a.id, a.unit_id, a.held_on, a.type_code, t.name AS type_name, a.theme, "
            + "a.station_id, a.station_name, a.partners, a.participants, a.volunteers, a.batches, a.trainees, "
            + "a.media_reports, a.wechat_posts, a.original_posts, a.note, a.version";
    private static final String FROM = " FROM act_activity a JOIN act_activity_type t ON t.code = a.type_code";
    /** Exports stop here: a larger one is a sign the filter is wrong, and it would hold a connection too long. */
    static final int EXPORT_LIMIT = 100_000;

    private final Database db;
    private final ActivityTypes types;
    private final Materials materials;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeriodLocks locks;

    @Activate
    public ActivityService(@Reference ActivitiesSchema schema, @Reference ActivityTypes types, @Reference Materials materials,
                           @Reference OrgService orgs,
                           @Reference AccessControl access, @Reference AuditLog audit, @Reference PeriodLocks locks) {
        this.db = schema.db();
        this.types = types;
        this.materials = materials;
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
    }

    public Activity create(Caller caller, ActivityInput in) {
        access.check(caller, ActivitiesPermissions.MANAGE, in.unitId());
        Activity created = db.write(c -> {
            long id = insert(c, in);
            audit.ok(c, caller, "activities.activity.create", "activity", id, in.heldOn() + " " + in.theme());
            return get(c, id);
        });
        return created;
    }

    /** Inserts after the rules and the period lock are checked, in the caller's transaction (also for demo data). */
    public long insert(Connection c, ActivityInput in) throws SQLException {
        checkRules(c, in);
        locks.checkOpen(c, in.unitId(), in.heldOn());
        long id = Jdbc.insert(c, "INSERT INTO act_activity (unit_id, held_on, type_code, theme, station_id, station_name, partners, "
                + "participants, volunteers, batches, trainees, media_reports, wechat_posts, original_posts, note, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.heldOn(), in.typeCode(),
                in.theme().trim(), in.stationId(), blankToNull(in.stationName()), blankToNull(in.partners()),
                in.participants(), in.volunteers(), in.batches(), in.trainees(), in.mediaReports(), in.wechatPosts(),
                in.originalPosts(), blankToNull(in.note()), Instant.now());
        insertQuantities(c, id, in);
        ActivityParties.insert(c, orgs, id, in);
        return id;
    }

    private static void insertQuantities(Connection c, long id, ActivityInput in) throws SQLException {
        for (Map.Entry<String, Integer> q : in.quantities().entrySet()) {
            Jdbc.update(c, "INSERT INTO act_activity_quantity (activity_id, material_code, unit_id, held_on, quantity) "
                    + "VALUES (?, ?, ?, ?, ?)", id, q.getKey(), in.unitId(), in.heldOn(), q.getValue());
        }
    }

    public Activity update(Caller caller, long id, ActivityInput in) {
        if (in.version() == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        Activity updated = db.write(c -> {
            Activity old = get(c, id);
            access.check(caller, ActivitiesPermissions.MANAGE, old.unitId());
            access.checkUnit(caller, in.unitId());
            checkRules(c, in);
            locks.checkOpen(c, old.unitId(), old.heldOn());
            locks.checkOpen(c, in.unitId(), in.heldOn());
            Jdbc.updateVersioned(c, "act_activity", id, "UPDATE act_activity SET unit_id = ?, held_on = ?, type_code = ?, "
                    + "theme = ?, station_id = ?, station_name = ?, partners = ?, participants = ?, volunteers = ?, "
                    + "batches = ?, trainees = ?, media_reports = ?, wechat_posts = ?, original_posts = ?, note = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?", in.unitId(), in.heldOn(), in.typeCode(),
                    in.theme().trim(), in.stationId(), blankToNull(in.stationName()), blankToNull(in.partners()),
                    in.participants(), in.volunteers(), in.batches(), in.trainees(), in.mediaReports(),
                    in.wechatPosts(), in.originalPosts(), blankToNull(in.note()), id, in.version());
            Jdbc.update(c, "DELETE FROM act_activity_quantity WHERE activity_id = ?", id);
            insertQuantities(c, id, in);
            ActivityParties.delete(c, id);
            ActivityParties.insert(c, orgs, id, in);
            audit.ok(c, caller, "activities.activity.update", "activity", id, in.heldOn() + " " + in.theme());
            return get(c, id);
        });
        return updated;
    }

    public void delete(Caller caller, long id, int version) {
        db.write(c -> {
            Activity old = get(c, id);
            access.check(caller, ActivitiesPermissions.MANAGE, old.unitId());
            locks.checkOpen(c, old.unitId(), old.heldOn());
            // a stale version throws below and the transaction, with the quantities' delete, is rolled back
            Jdbc.update(c, "DELETE FROM act_activity_quantity WHERE activity_id = ?", id);
            ActivityParties.delete(c, id);
            if (Jdbc.update(c, "DELETE FROM act_activity WHERE id = ? AND version = ?", id, version) == 0) {
                throw WfedException.staleVersion("act_activity " + id);
            }
            audit.ok(c, caller, "activities.activity.delete", "activity", id, old.heldOn() + " " + old.theme());
            return null;
        });
    }

    public Activity get(Caller caller, long id) {
        return db.read(c -> {
            Activity a = get(c, id);
            access.check(caller, ActivitiesPermissions.READ, a.unitId());
            return a;
        });
    }

    private Activity get(Connection c, long id) throws SQLException {
        Activity a = Jdbc.one(c, "SELECT " + COLUMNS + FROM + " WHERE a.id = ?", ActivityService::map, id)
                .orElseThrow(() -> WfedException.notFound("活动 " + id));
        return named(c, List.of(a)).get(0);
    }

    public Page<Activity> list(Caller caller, ActivityFilter f) {
        access.check(caller, ActivitiesPermissions.READ, f.unitId());
        Scope scope = orgs.scope(f.unitId(), f.period());
        return db.read(c -> {
            Object[] params = params(scope, f);
            long total = Jdbc.number(c, "SELECT COUNT(*) FROM act_activity a" + where(scope, f), params);
            // the page's ids come from the covering index alone; only those rows are then read whole
            List<Long> ids = Jdbc.list(c, "SELECT a.id FROM act_activity a" + where(scope, f)
                    + " ORDER BY a.held_on DESC, a.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> rs.getLong(1),
                    Scope.params(params, (long) (f.page() - 1) * f.size(), f.size()));
            Map<Long, Activity> byId = new HashMap<>();
            if (!ids.isEmpty()) {
                for (Activity a : Jdbc.list(c, "SELECT " + COLUMNS + FROM + " WHERE a.id IN (" + Jdbc.placeholders(ids.size()) + ")",
                        ActivityService::map, ids.toArray())) {
                    byId.put(a.id(), a);
                }
            }
            List<Activity> items = ids.stream().map(byId::get).toList();
            return new Page<>(named(c, items), total, f.page(), f.size());
        });
    }

    /** Every activity matching the filter (pages ignored), oldest first, up to {@link #EXPORT_LIMIT}. */
    public void export(Caller caller, ActivityFilter f, Consumer<Activity> sink) {
        access.check(caller, ActivitiesPermissions.READ, f.unitId());
        Scope scope = orgs.scope(f.unitId(), f.period());
        db.read(c -> {
            long total = Jdbc.number(c, "SELECT COUNT(*) FROM act_activity a" + where(scope, f), params(scope, f));
            if (total > EXPORT_LIMIT) {
                throw WfedException.invalid("EXPORT_TOO_LARGE", "符合条件的活动有" + total + "条，超过单次导出上限"
                        + EXPORT_LIMIT + "条，请缩小时间范围", "Too many rows to export");
            }
            List<Activity> rows = Jdbc.list(c, "SELECT " + COLUMNS + FROM + where(scope, f) + " ORDER BY a.held_on, a.id",
                    ActivityService::map, params(scope, f));
            named(c, rows).forEach(sink);
            return null;
        });
        audit.ok(caller, "activities.activity.export", "unit", f.unitId(), f.from() + ".." + f.to());
    }

    private static String where(Scope scope, ActivityFilter f) {
        return " WHERE " + scope.unitCondition("a.unit_id") + " AND a.held_on BETWEEN ? AND ?"
                + (f.typeCode() == null ? "" : " AND a.type_code = ?");
    }

    private static Object[] params(Scope scope, ActivityFilter f) {
        return f.typeCode() == null ? Scope.params(scope.unitIdParams(), f.from(), f.to())
                : Scope.params(scope.unitIdParams(), f.from(), f.to(), f.typeCode());
    }

    private void checkRules(Connection c, ActivityInput in) throws SQLException {
        ActivityType type = types.get(c, in.typeCode());
        List<FieldError> errors = new ArrayList<>();
        FieldError existed = org.wfed.core.Validation.unitProblem("heldOn", orgs.get(in.unitId()), in.heldOn());
        if (existed != null) {
            errors.add(existed);
        }
        // a station of another unit's subtree would name (and link to) a place the unit has nothing to do with
        if (in.stationId() != null && !orgs.stationUnit(in.stationId()).map(u -> orgs.isWithin(u, in.unitId())).orElse(false)) {
            errors.add(new FieldError("stationId", "STATION_OUTSIDE_UNIT", "所选阵地不属于本单位或其下级单位"));
        }
        if (!type.active()) {
            errors.add(new FieldError("typeCode", "TYPE_INACTIVE", "活动类型“" + type.name() + "”已停用"));
        }
        if (type.training()) {
            if (in.batches() < 1) {
                errors.add(new FieldError("batches", "REQUIRED", "培训请填写批次（至少1批）"));
            }
        } else if (in.batches() > 0 || in.trainees() > 0) {
            errors.add(new FieldError(in.batches() > 0 ? "batches" : "trainees", "NOT_TRAINING",
                    "只有培训类活动填写培训批次和培训人次"));
        }
        errors.addAll(ActivityParties.problems(orgs, in));
        Map<String, Material> known = materials.byCode(c);
        for (String code : in.quantities().keySet()) {
            Material m = known.get(code);
            if (m == null) {
                errors.add(new FieldError("quantities." + code, "UNKNOWN_MATERIAL", "没有这种物资：" + code));
            } else if (!m.active()) {
                errors.add(new FieldError("quantities." + code, "MATERIAL_INACTIVE", "物资“" + m.name() + "”已停用"));
            }
        }
        if (!errors.isEmpty()) {
            throw WfedException.invalidFields(errors);
        }
    }

    private List<Activity> named(Connection c, List<Activity> list) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Map<String, Integer>> quantities = quantities(c, list);
        Map<Long, ActivityParties.Named> parties = ActivityParties.of(c, list.stream().map(Activity::id).toList());
        List<Activity> out = new ArrayList<>(list.size());
        for (Activity a : list) {
            String name = names.computeIfAbsent(a.unitId(), id -> orgs.get(id).name());
            ActivityParties.Named p = parties.getOrDefault(a.id(), ActivityParties.Named.NONE);
            out.add(new Activity(a.id(), a.unitId(), name, a.heldOn(), a.typeCode(), a.typeName(), a.theme(), a.stationId(),
                    a.stationName(), a.partners(), a.participants(), a.volunteers(), a.batches(), a.trainees(),
                    a.mediaReports(), a.wechatPosts(), a.originalPosts(), quantities.getOrDefault(a.id(), Map.of()),
                    p.addressed(), p.partners(), p.served(), a.note(), a.version()));
        }
        return out;
    }

    /** The named quantities of the activities, read on the caller's connection (it may hold them uncommitted). */
    private static Map<Long, Map<String, Integer>> quantities(Connection c, List<Activity> list) throws SQLException {
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        for (int from = 0; from < list.size(); from += 500) {
            Object[] ids = list.subList(from, Math.min(list.size(), from + 500)).stream().map(Activity::id).toArray();
            Jdbc.list(c, "SELECT q.activity_id, q.material_code, q.quantity FROM act_activity_quantity q "
                    + "JOIN act_material m ON m.code = q.material_code WHERE q.activity_id IN (" + Jdbc.placeholders(ids.length)
                    + ") ORDER BY q.activity_id, m.sort_order, m.code", rs -> out.computeIfAbsent(rs.getLong(1),
                    k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3)), ids);
        }
        return out;
    }

    private static Activity map(ResultSet rs) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getLong("unit_id"), null, Jdbc.date(rs, "held_on"), rs.getString("type_code"),
                rs.getString("type_name"), rs.getString("theme"), Jdbc.nullableLong(rs, "station_id"),
                rs.getString("station_name"), rs.getString("partners"), rs.getInt("participants"),
                rs.getInt("volunteers"), rs.getInt("batches"), rs.getInt("trainees"), rs.getInt("media_reports"),
                rs.getInt("wechat_posts"), rs.getInt("original_posts"), Map.of(), List.of(), List.of(), List.of(),
                rs.getString("note"), rs.getInt("version"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
