package org.wfed.core.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Page;
import org.wfed.core.Scope;

/**
 * Reads the audit log for auditors: the entries of the caller's subtree (entries without a unit, e.g. failed sign-ins
 * of unknown names, only at the top unit), filtered by user, action prefix and time. The SQL of {@code /api/audit}.
 */
@Component(service = AuditSearch.class)
public final class AuditSearch {

    /** One audit entry: outcome SUCCEEDED, REFUSED (with the code answered) or FAILED; where the request came from. */
    public record Entry(long id, Instant occurredAt, String username, Long unitId, String action, String recordType,
                        String recordId, String outcome, String code, String clientAddress, String request, String detail) {
    }

    /** What an auditor searches for: a user ('' any), an action prefix ('' any), {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String user, String action, Instant from, Instant to) {
    }

    private static final String WHERE = " FROM core_audit a LEFT JOIN core_unit u ON u.id = a.unit_id"
            + " WHERE (u.path LIKE ? OR (a.unit_id IS NULL AND ? = 1))"
            + " AND (? = '' OR a.username = ?) AND (? = '' OR a.action LIKE ?) AND a.occurred_at >= ? AND a.occurred_at < ?";
    private static final String PAGE = "SELECT a.*" + WHERE + " ORDER BY a.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    private static final String COUNT = "SELECT COUNT(*)" + WHERE;
    private static final String ALL = "SELECT a.*" + WHERE + " ORDER BY a.id";

    private final Database db;

    @Activate
    public AuditSearch(@Reference Database db) {
        this.db = db;
    }

    /** A page of the entries the caller may see, newest first. */
    public Page<Entry> page(Caller caller, Filter f, Page.Request p) {
        Object[] params = params(caller, f);
        return db.read(c -> new Page<>(Jdbc.list(c, PAGE, AuditSearch::entry, Scope.params(params, p.offset(), p.size())),
                Jdbc.number(c, COUNT, params), p.page(), p.size()));
    }

    /** Every entry the caller may see, oldest first (the export). */
    public List<Entry> all(Caller caller, Filter f) {
        return db.read(c -> Jdbc.list(c, ALL, AuditSearch::entry, params(caller, f)));
    }

    private static Object[] params(Caller caller, Filter f) {
        int atTop = caller.unitPath().chars().filter(ch -> ch == '/').count() == 2 ? 1 : 0;
        return new Object[] {caller.unitPath() + "%", atTop, f.user(), f.user(), f.action(), f.action() + "%", f.from(), f.to()};
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), Jdbc.instant(rs, "occurred_at"), rs.getString("username"), Jdbc.nullableLong(rs, "unit_id"),
                rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("outcome"),
                rs.getString("code"), rs.getString("client_address"), rs.getString("request"), rs.getString("detail"));
    }
}
