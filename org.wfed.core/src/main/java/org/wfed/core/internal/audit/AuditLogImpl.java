package org.wfed.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;

/**
 * Appends audit entries in their own transaction, so that a denied or failed action is recorded
 * even though its own work rolled back. There is no update or delete path.
 */
@Component(service = AuditLog.class)
public final class AuditLogImpl implements AuditLog {
    static final String INSERT = "INSERT INTO core_audit (occurred_at, user_id, username, unit_id, action, record_type, record_id,"
            + " outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    @Activate
    public AuditLogImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public void record(Caller caller, String action, String recordType, String recordId, Outcome outcome, String detail) {
        db.write(c -> insert(c, caller, action, recordType, recordId, outcome, detail));
    }

    @Override
    public void ok(Connection c, Caller caller, String action, String recordType, Object recordId, String detail) throws SQLException {
        insert(c, caller, action, recordType, recordId == null ? null : String.valueOf(recordId), Outcome.OK, detail);
    }

    private static int insert(Connection c, Caller caller, String action, String recordType, String recordId, Outcome outcome,
                              String detail) throws SQLException {
        return Jdbc.update(c, INSERT, Instant.now(), caller.userId() == 0 ? null : caller.userId(),
                caller.username(), caller.unitId() == 0 ? null : caller.unitId(), action, recordType, recordId,
                outcome.name(), detail == null ? null : detail.substring(0, Math.min(500, detail.length())));
    }
}
