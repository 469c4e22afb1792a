package org.wfed.aid.internal.application;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.wfed.aid.dto.Objection;
import org.wfed.aid.dto.ObjectionInput;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;
import org.wfed.core.dto.ObjectionResolution;

/** SQL of the objections (异议) to aid applications; every method works in the caller's transaction. */
final class ObjectionStore {
    private static final String SELECT = "SELECT id, application_id, lodged_on, lodged_by, content, status, upheld, "
            + "resolution, resolved_on, version FROM aid_objection";

    private ObjectionStore() {
    }

    static long insert(Connection c, long applicationId, ObjectionInput in) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO aid_objection (application_id, lodged_on, lodged_by, content, status) "
                + "VALUES (?, ?, ?, ?, 'OPEN')", applicationId, in.lodgedOn(), in.lodgedBy(), in.content());
    }

    static void resolve(Connection c, long id, ObjectionResolution in) throws SQLException {
        Jdbc.updateVersioned(c, "aid_objection", id, "UPDATE aid_objection SET status = 'RESOLVED', upheld = ?, "
                + "resolution = ?, resolved_on = ?, version = version + 1 WHERE id = ? AND version = ?",
                in.upheld(), in.resolution(), in.resolvedOn(), id, in.version());
    }

    static List<Objection> of(Connection c, long applicationId) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE application_id = ? ORDER BY id", ObjectionStore::map, applicationId);
    }

    static Objection one(Connection c, long applicationId, long id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE id = ? AND application_id = ?", ObjectionStore::map, id, applicationId)
                .orElseThrow(() -> WfedException.notFound("异议 " + id));
    }

    /** Objections of the application not resolved yet: each holds its payment. */
    static long open(Connection c, long applicationId) throws SQLException {
        return Jdbc.number(c, "SELECT COUNT(*) FROM aid_objection WHERE application_id = ? AND status = 'OPEN'",
                applicationId);
    }

    private static Objection map(ResultSet rs) throws SQLException {
        boolean upheld = rs.getBoolean("upheld");
        Boolean decided = rs.wasNull() ? null : upheld;
        return new Objection(rs.getLong("id"), rs.getLong("application_id"), Jdbc.date(rs, "lodged_on"),
                rs.getString("lodged_by"), rs.getString("content"), "OPEN".equals(rs.getString("status")), decided,
                rs.getString("resolution"), Jdbc.date(rs, "resolved_on"), rs.getInt("version"));
    }
}
