package org.wfed.activities.internal.activity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.ActivityType;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;

/** The configurable list of activity types (活动类型): 培训, 讲座, 普法宣传, 文艺演出, 走访慰问… */
@Component(service = ActivityTypes.class)
public final class ActivityTypes {
    private static final String SELECT = "SELECT code, name, training, active, sort_order FROM act_activity_type";

    private final Database db;
    private final AuditLog audit;

    @Activate
    public ActivityTypes(@Reference ActivitiesSchema schema, @Reference AuditLog audit) {
        this.db = schema.db();
        this.audit = audit;
    }

    public List<ActivityType> list(boolean activeOnly) {
        return db.read(c -> Jdbc.list(c, SELECT + (activeOnly ? " WHERE active = TRUE" : "") + " ORDER BY sort_order, code",
                rs -> new ActivityType(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5))));
    }

    public ActivityType get(Connection c, String code) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE code = ?",
                rs -> new ActivityType(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5)),
                code).orElseThrow(() -> WfedException.invalidFields(List.of(
                        new org.wfed.core.FieldError("typeCode", "UNKNOWN_TYPE", "没有这种活动类型：" + code))));
    }

    /** Adds a type or changes an existing one (by code). */
    public ActivityType put(Caller caller, ActivityType t) {
        return db.write(c -> {
            int n = Jdbc.update(c, "UPDATE act_activity_type SET name = ?, training = ?, active = ?, sort_order = ? WHERE code = ?",
                    t.name(), t.training(), t.active(), t.sortOrder(), t.code());
            if (n == 0) {
                Jdbc.update(c, "INSERT INTO act_activity_type (code, name, training, active, sort_order) VALUES (?, ?, ?, ?, ?)",
                        t.code(), t.name(), t.training(), t.active(), t.sortOrder());
            }
            audit.ok(c, caller, "activities.activityType.put", "activityType", t.code(), t.name());
            return get(c, t.code());
        });
    }
}
