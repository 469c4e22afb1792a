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
 * of unknown names, only at the top unit), filtered by user, action prefix and time, and the changed fields. The SQL of
 * {@code /api/audit} and {@code /api/audit/changes}.
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

    /** One changed field (字段变更记录); a sensitive value masked unless revealed. */
    public record FieldChange(long id, Instant occurredAt, String username, String action, String recordType, String recordId,
                              String field, String label, boolean sensitive, String before, String after) {
    }

    /** Which changed fields an auditor looks for: '' for any record type, record id or action prefix. */
    public record ChangeFilter(String recordType, String recordId, String action) {
    }

    private static final String CHANGES_WHERE = " FROM core_field_change f LEFT JOIN core_unit u ON u.id = f.unit_id"
            + " WHERE (u.path LIKE ? OR (f.unit_id IS NULL AND ? = 1)) AND (? = '' OR f.record_type = ?)"
            + " AND (? = '' OR f.record_id = ?) AND (? = '' OR f.action LIKE ?)";
    private static final String CHANGES_PAGE = "SELECT f.*" + CHANGES_WHERE + " ORDER BY f.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    private static final String CHANGES_COUNT = "SELECT COUNT(*)" + CHANGES_WHERE;

    private static final String WHERE = " FROM core_audit a LEFT JOIN core_unit u ON u.id = a.unit_id"
            + " WHERE (u.path LIKE ? OR (a.unit_id IS NULL AND ? = 1))"
            + " AND (? = '' OR a.username = ?) AND (? = '' OR a.action LIKE ?) AND a.occurred_at >= ? AND a.occurred_at < ?";
    private static final String PAGE = "SELECT a.*" + WHERE + " ORDER BY a.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    private static final String COUNT = "SELECT COUNT(*)" + WHERE;
    private static final String ALL = "SELECT a.*" + WHERE + " ORDER BY a.id";

    private final Database db;
    private final FieldChangeLog log;

    @Activate
    public AuditSearch(@Reference Database db, @Reference FieldChangeLog log) {
        this.db = db;
        this.log = log;
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

    /** A page of the changed fields made in the caller's subtree, newest first; sensitive values shown only when {@code reveal}. */
    public Page<FieldChange> changes(Caller caller, ChangeFilter f, boolean reveal, Page.Request p) {
        Object[] params = {caller.unitPath() + "%", atTop(caller), f.recordType(), f.recordType(), f.recordId(), f.recordId(),
            f.action(), f.action() + "%"};
        return db.read(c -> new Page<>(Jdbc.list(c, CHANGES_PAGE,
                rs -> new FieldChange(rs.getLong("id"), Jdbc.instant(rs, "occurred_at"), rs.getString("username"),
                        rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                        rs.getString("field"), rs.getString("label"), rs.getString("sensitive") != null,
                        log.shown(rs.getString("before_value"), rs.getString("sensitive"), reveal),
                        log.shown(rs.getString("after_value"), rs.getString("sensitive"), reveal)),
                Scope.params(params, p.offset(), p.size())),
                Jdbc.number(c, CHANGES_COUNT, params), p.page(), p.size()));
    }

    private static Object[] params(Caller caller, Filter f) {
        return new Object[] {caller.unitPath() + "%", atTop(caller), f.user(), f.user(), f.action(), f.action() + "%", f.from(), f.to()};
    }

    /** 1 when the caller is at the top unit, who also sees the entries without a unit. */
    private static int atTop(Caller caller) {
        return caller.unitPath().chars().filter(ch -> ch == '/').count() == 2 ? 1 : 0;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), Jdbc.instant(rs, "occurred_at"), rs.getString("username"), Jdbc.nullableLong(rs, "unit_id"),
                rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("outcome"),
                rs.getString("code"), rs.getString("client_address"), rs.getString("request"), rs.getString("detail"));
    }
}
