package org.wfed.activities.internal.activity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.Material;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;

/** The configurable list of materials (物资/宣传品) whose quantities activities record. */
@Component(service = Materials.class)
public final class Materials {
    private static final String SELECT = "SELECT code, name, unit_zh, active, sort_order, publicity FROM act_material";

    private final Database db;
    private final AuditLog audit;

    @Activate
    public Materials(@Reference ActivitiesSchema schema, @Reference AuditLog audit) {
        this.db = schema.db();
        this.audit = audit;
    }

    public List<Material> list(boolean activeOnly) {
        return db.read(c -> Jdbc.list(c, SELECT + (activeOnly ? " WHERE active = TRUE" : "") + " ORDER BY sort_order, code",
                Materials::map));
    }

    /** Every material, active or not, by code. */
    Map<String, Material> byCode(Connection c) throws SQLException {
        Map<String, Material> out = new LinkedHashMap<>();
        for (Material m : Jdbc.list(c, SELECT, Materials::map)) {
            out.put(m.code(), m);
        }
        return out;
    }

    /** Adds a material or changes an existing one (by code), in one audited transaction. */
    public Material put(Caller caller, Material m) {
        return db.write(c -> {
            int n = Jdbc.update(c, "UPDATE act_material SET name = ?, unit_zh = ?, active = ?, sort_order = ?, publicity = ? "
                    + "WHERE code = ?", m.name(), m.unitZh(), m.active(), m.sortOrder(), m.publicity(), m.code());
            if (n == 0) {
                Jdbc.update(c, "INSERT INTO act_material (code, name, unit_zh, active, sort_order, publicity) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", m.code(), m.name(), m.unitZh(), m.active(), m.sortOrder(), m.publicity());
            }
            audit.ok(c, caller, "activities.material.put", "material", m.code(), m.name());
            return byCode(c).get(m.code());
        });
    }

    private static Material map(ResultSet rs) throws SQLException {
        return new Material(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5), rs.getBoolean(6));
    }
}
