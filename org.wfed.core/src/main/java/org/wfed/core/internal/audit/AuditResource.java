package org.wfed.core.internal.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.OrgService;
import org.wfed.core.Page;
import org.wfed.core.Validation;
import org.wfed.core.exports.CsvWriter;
import org.wfed.core.exports.ExportTable;
import org.wfed.core.exports.Exports;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code /api/audit}: search and CSV export (Chinese headers and words, local time) of the audit log for auditors,
 * limited to the caller's
 * subtree (entries without a unit, e.g. failed sign-ins of unknown names, only at the top unit).
 * There is deliberately no write endpoint. The SQL lives in {@link AuditSearch}.
 */
@Component(service = AuditResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    /** The audit export's columns: local time, the unit by name and code, actions and outcomes in words. */
    private static final List<ExportTable.Column> EXPORT_COLUMNS = ExportTable.named("审计日志").integer("编号").time("时间")
            .text("用户", 12).text("单位", 18).digits("单位代码", 14).text("操作", 20).text("操作代码", 24).text("记录类型", 16)
            .text("记录编号", 10).text("结果", 6).text("错误代码", 20).text("客户端地址", 16).text("请求", 30).text("说明", 40).build().columns();

    private final AuditSearch search;
    private final AccessControl access;
    private final AuditLog audit;
    private final OrgService orgs;
    private final Exports exports;
    private final AuditChain chain;

    @Activate
    public AuditResource(@Reference AuditSearch search, @Reference AccessControl access, @Reference AuditLog audit,
                         @Reference OrgService orgs, @Reference Exports exports, @Reference AuditChain chain) {
        this.search = search;
        this.access = access;
        this.audit = audit;
        this.orgs = orgs;
        this.exports = exports;
        this.chain = chain;
    }

    /**
     * Recomputes the hash chain of the whole log and answers whether it holds, or the first broken link
     * (the entry changed or deleted behind the product's back). Auditors and system admins.
     */
    @GET
    @Path("verify")
    public AuditChain.Verification verify(@Context SecurityContext sc) {
        Caller caller = auditor(sc);
        AuditChain.Verification v = chain.verify();
        audit.record(caller, "audit.verify", "audit", null, v.intact() ? AuditLog.Outcome.OK : AuditLog.Outcome.FAILED,
                v.intact() ? v.entriesChecked() + " entries intact" : "broken at block " + v.brokenAtSeq() + ": " + v.problem());
        return v;
    }

    @GET
    public Page<AuditSearch.Entry> search(@QueryParam("user") @DefaultValue("") String user, @QueryParam("action") @DefaultValue("") String action,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                              @Context SecurityContext sc) {
        Caller caller = auditor(sc);
        return search.page(caller, filter(user, action, from, to), Page.request(page, size));
    }

    @GET
    @Path("export.csv")
    @Produces(Exports.CSV)
    public Response export(@QueryParam("user") @DefaultValue("") String user, @QueryParam("action") @DefaultValue("") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        Caller caller = auditor(sc);
        List<AuditSearch.Entry> entries = search.all(caller, filter(user, action, from, to));
        audit.ok(caller, "audit.export", "audit", null, entries.size() + " entries");
        java.util.Map<Long, org.wfed.core.dto.OrgUnit> units = orgs.get(entries.stream().map(AuditSearch.Entry::unitId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        StreamingOutput body = out -> {
            CsvWriter csv = new CsvWriter(out, exports.zone());
            csv.header(EXPORT_COLUMNS);
            for (AuditSearch.Entry e : entries) {
                org.wfed.core.dto.OrgUnit u = e.unitId() == null ? null : units.get(e.unitId());
                csv.row(e.id(), e.occurredAt(), e.username(), u == null ? null : u.name(), u == null ? null : u.areaCode(),
                        AuditLabels.action(e.action()), e.action(), e.recordType(), e.recordId(), AuditLabels.outcome(e.outcome()),
                        e.code(), e.clientAddress(), e.request(), e.detail());
            }
            csv.flush();
        };
        return Response.ok(body, Exports.CSV).header("Content-Disposition", Exports.attachment("audit.csv", "审计日志.csv")).build();
    }

    private Caller auditor(SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.AUDIT_READ);
        return caller;
    }

    private AuditSearch.Filter filter(String user, String action, String from, String to) {
        new Validation().text("user", user, 50, false).text("action", action, 100, false).check();
        // the days an auditor gives are local days of the deployment, as the export writes the times
        ZoneId zone = exports.zone();
        Instant start = from == null || from.isBlank() ? Instant.EPOCH : Validation.date("from", from).atStartOfDay(zone).toInstant();
        Instant end = to == null || to.isBlank() ? Instant.now().plusSeconds(60) : Validation.date("to", to).plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditSearch.Filter(user, action, start, end);
    }
}
