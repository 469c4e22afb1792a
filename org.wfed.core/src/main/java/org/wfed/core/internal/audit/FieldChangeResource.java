package org.wfed.core.internal.audit;


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
import org.wfed.core.Page;
import org.wfed.core.Validation;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code GET /api/audit/changes}: the before and after of changed fields (字段变更记录) for auditors, newest first,
 * limited to changes made by users of the caller's subtree. Sensitive values are masked; {@code reveal=true} shows
 * them with {@link ChangeLog#REVEAL_PERMISSION}, and the reveal is audited. The SQL lives in {@link AuditSearch}.
 */
@Component(service = FieldChangeResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("audit/changes")
@Produces(MediaType.APPLICATION_JSON)
public final class FieldChangeResource {

    private final AuditSearch search;
    private final AccessControl access;
    private final AuditLog audit;

    @Activate
    public FieldChangeResource(@Reference AuditSearch search, @Reference AccessControl access, @Reference AuditLog audit) {
        this.search = search;
        this.access = access;
        this.audit = audit;
    }

    @GET
    public Page<AuditSearch.FieldChange> search(@QueryParam("recordType") @DefaultValue("") String recordType,
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
        Page<AuditSearch.FieldChange> out = search.changes(caller, new AuditSearch.ChangeFilter(recordType, recordId, action), reveal,
                Page.request(page, size));
        if (reveal) {
            long shown = out.items().stream().filter(AuditSearch.FieldChange::sensitive).count();
            audit.ok(caller, "audit.changes.reveal", recordType.isEmpty() ? "field_change" : recordType,
                    recordId.isEmpty() ? null : recordId, shown + " sensitive values shown");
        }
        return out;
    }

}
