package org.wfed.core.internal.audit;

import java.time.Instant;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.ChangeLog;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Page;
import org.wfed.core.Validation;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code GET /api/audit/changes}: the before and after of changed fields (字段变更记录) for auditors, newest first,
 * limited to changes made by users of the caller's subtree. Sensitive values are masked; {@code reveal=true} shows
 * them with {@link ChangeLog#REVEAL_PERMISSION}, and the reveal is audited.
 */
@Component(service = FieldChangeResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("audit/changes")
@Produces(MediaType.APPLICATION_JSON)
public final class FieldChangeResource {

    /** One changed field. */
    public record Entry(long id, Instant occurredAt, String username, String action, String recordType, String recordId,
                        String field, String label, boolean sensitive, String before, String after) {
    }

    private static final String WHERE = " FROM core_field_change f LEFT JOIN core_unit u ON u.id = f.unit_id"
            + " WHERE (u.path LIKE ? OR (f.unit_id IS NULL AND ? = 1)) AND (? = '' OR f.record_type = ?)"
            + " AND (? = '' OR f.record_id = ?) AND (? = '' OR f.action LIKE ?)";

    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final FieldChangeLog log;

    @Activate
    public FieldChangeResource(@Reference Database db, @Reference AccessControl access, @Reference AuditLog audit,
                               @Reference FieldChangeLog log) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.log = log;
    }

    @GET
    public Page<Entry> search(@QueryParam("recordType") @DefaultValue("") String recordType,
                              @QueryParam("recordId") @DefaultValue("") String recordId,
                              @QueryParam("action") @DefaultValue("") String action,
                              @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                              @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                              @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.AUDIT_READ);
        if (reveal) {
            access.require(caller, ChangeLog.REVEAL_PERMISSION);
        }
        new Validation().text("recordType", recordType, 50, false).text("recordId", recordId, 50, false)
                .text("action", action, 100, false).check();
        Page.Request p = Page.request(page, size);
        int atTop = caller.unitPath().chars().filter(ch -> ch == '/').count() == 2 ? 1 : 0;
        Object[] params = {caller.unitPath() + "%", atTop, recordType, recordType, recordId, recordId, action, action + "%"};
        Page<Entry> out = db.read(c -> new Page<>(Jdbc.list(c, "SELECT f.*" + WHERE
                        + " ORDER BY f.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                rs -> new Entry(rs.getLong("id"), Jdbc.instant(rs, "occurred_at"), rs.getString("username"),
                        rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                        rs.getString("field"), rs.getString("label"), rs.getString("sensitive") != null,
                        log.shown(rs.getString("before_value"), rs.getString("sensitive"), reveal),
                        log.shown(rs.getString("after_value"), rs.getString("sensitive"), reveal)),
                org.wfed.core.Scope.params(params, p.offset(), p.size())),
                Jdbc.number(c, "SELECT COUNT(*)" + WHERE, params), p.page(), p.size()));
        if (reveal) {
            long shown = out.items().stream().filter(Entry::sensitive).count();
            audit.ok(caller, "audit.changes.reveal", recordType.isEmpty() ? "field_change" : recordType,
                    recordId.isEmpty() ? null : recordId, shown + " sensitive values shown");
        }
        return out;
    }

}
