package org.wfed.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;

/**
 * Appends audit entries, in their own transaction (so that a denied or failed action is recorded even
 * though its own work rolled back) or in the caller's. Each entry carries the client address and the
 * request line of the request the thread serves ({@link RequestContext}); {@link AuditChain} chains
 * them by hash afterwards. There is no update or delete path.
 */
@Component(service = AuditLog.class)
public final class AuditLogImpl implements AuditLog {
    static final String INSERT = "INSERT INTO core_audit (occurred_at, user_id, username, unit_id, action, record_type, record_id,"
            + " outcome, code, client_address, request, detail, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    @Activate
    public AuditLogImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public void record(Caller caller, String action, String recordType, String recordId, Outcome outcome, String detail) {
        db.write(c -> insert(c, caller, action, recordType, recordId, outcome, null, detail));
    }

    @Override
    public void ok(Connection c, Caller caller, String action, String recordType, Object recordId, String detail) throws SQLException {
        insert(c, caller, action, recordType, recordId == null ? null : String.valueOf(recordId), Outcome.OK, null, detail);
    }

    @Override
    public void record(Connection c, Caller caller, String action, String recordType, String recordId, Outcome outcome, String detail)
            throws SQLException {
        insert(c, caller, action, recordType, recordId, outcome, null, detail);
    }

    @Override
    public void request(Caller caller, Request r) {
        String action = r.action() != null ? r.action() : "request." + r.method().toLowerCase(java.util.Locale.ROOT);
        db.write(c -> insert(c, caller, action, r.recordType() == null ? "request" : r.recordType(), r.recordId(), r.outcome(), r.code(),
                r.clientAddress(), r.method() + " " + r.path(), r.detail() == null ? "HTTP " + r.status() : r.detail()));
    }

    private static int insert(Connection c, Caller caller, String action, String recordType, String recordId, Outcome outcome,
                              String code, String detail) throws SQLException {
        RequestContext r = RequestContext.current();
        if (r != null && outcome == Outcome.OK) {
            r.recordedOk = true;
        }
        return insert(c, caller, action, recordType, recordId, outcome, code, r == null ? null : r.clientAddress,
                r == null ? null : r.requestLine, detail);
    }

    private static int insert(Connection c, Caller caller, String action, String recordType, String recordId, Outcome outcome,
                              String code, String client, String requestLine, String detail) throws SQLException {
        boolean nobody = caller == null || caller.userId() == 0;
        java.sql.Timestamp at = java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        AuditChain.Entry e = new AuditChain.Entry(0, AuditChain.time(at), nobody ? null : caller.userId(),
                caller == null ? null : cut(caller.username(), 50), caller == null || caller.unitId() == 0 ? null : caller.unitId(),
                cut(action, 100), cut(recordType, 50), cut(recordId, 50), outcome.word(), cut(code, 50), cut(client, 45),
                cut(requestLine, 300), cut(detail, 500), null);
        // the entry's own hash goes with it: a change made before the chainer links it shows as well
        return Jdbc.update(c, INSERT, at, e.userId(), e.username(), e.unitId(), e.action(), e.recordType(), e.recordId(), e.outcome(),
                e.code(), e.clientAddress(), e.request(), e.detail(), AuditChain.entryHash(e));
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
