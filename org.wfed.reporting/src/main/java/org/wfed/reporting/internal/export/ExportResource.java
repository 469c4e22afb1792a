package org.wfed.reporting.internal.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
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
import org.wfed.core.OrgService;
import org.wfed.core.Validation;
import org.wfed.core.exports.ExportTable;
import org.wfed.core.exports.Exports;
import org.wfed.reporting.dto.IndicatorTable;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.TableRow;
import org.wfed.reporting.internal.ReportingPermissions;
import org.wfed.reporting.internal.indicator.IndicatorTables;
import org.wfed.reporting.internal.indicator.PeriodQuery;
import org.wfed.reporting.internal.summary.SummaryService;

/**
 * {@code /api/reporting/export}: the indicator table as XLSX or CSV, a summary as Word (.docx) or
 * print-ready HTML. Downloads are plain GETs so that the console can link to them; no {@code @Produces},
 * so any Accept header gets the file, typed by the response.
 */
@Component(service = ExportResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("reporting/export")
public final class ExportResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final AccessControl access;
    private final AuditLog audit;
    private final IndicatorTables tables;
    private final SummaryService summaries;
    private final OrgService orgs;
    private final Exports exports;

    @Activate
    public ExportResource(@Reference AccessControl access, @Reference AuditLog audit, @Reference IndicatorTables tables,
                          @Reference SummaryService summaries, @Reference OrgService orgs, @Reference Exports exports) {
        this.access = access;
        this.audit = audit;
        this.tables = tables;
        this.summaries = summaries;
        this.orgs = orgs;
        this.exports = exports;
    }

    @GET
    @Path("table.xlsx")
    public Response xlsx(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter,
                         @QueryParam("month") Integer month, @QueryParam("from") String from, @QueryParam("to") String to,
                         @Context SecurityContext sc) {
        IndicatorTable t = table(sc, unitId, year, quarter, month, from, to);
        return download(exports.xlsx(export(t)), Exports.XLSX, t.unitName() + "指标统计.xlsx");
    }

    @GET
    @Path("table.csv")
    public Response csv(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter,
                        @QueryParam("month") Integer month, @QueryParam("from") String from, @QueryParam("to") String to,
                        @Context SecurityContext sc) {
        IndicatorTable t = table(sc, unitId, year, quarter, month, from, to);
        return download(exports.csv(export(t)), Exports.CSV, t.unitName() + "指标统计.csv");
    }

    @GET
    @Path("summaries/{id}.docx")
    public Response docx(@PathParam("id") long id, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        Summary s = summaries.get(caller, id);
        audit.ok(caller, "reporting.summary.export", "rep_summary", id, "docx");
        return download(DocxWriter.write(s), DOCX, s.title() + ".docx");
    }

    @GET
    @Path("summaries/{id}.html")
    public Response html(@PathParam("id") long id, @Context SecurityContext sc) {
        Summary s = summaries.get(access.caller(sc), id);
        return Response.ok(PrintHtml.write(s), "text/html; charset=UTF-8").build();
    }

    private IndicatorTable table(SecurityContext sc, Long unitId, Integer year, Integer quarter, Integer month, String from,
                                 String to) {
        Caller caller = access.caller(sc);
        new Validation().required("unitId", unitId).check();
        access.check(caller, ReportingPermissions.READ, unitId);
        IndicatorTable t = tables.table(unitId, PeriodQuery.parse(year, quarter, month, from, to));
        audit.ok(caller, "reporting.table.export", "unit", unitId, t.from() + ".." + t.to());
        return t;
    }

    /** The table with the area codes of its units. */
    private ExportTable export(IndicatorTable t) {
        Map<Long, String> codes = new HashMap<>();
        orgs.get(t.rows().stream().map(TableRow::unitId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach((id, u) -> {
                    if (u.areaCode() != null) {
                        codes.put(id, u.areaCode());
                    }
                });
        return TableExport.table(t, codes);
    }

    private static Response download(byte[] bytes, String type, String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"export\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
