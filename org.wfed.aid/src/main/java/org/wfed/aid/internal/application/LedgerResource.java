package org.wfed.aid.internal.application;

import java.time.LocalDate;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.aid.dto.ApplicationStatus;
import org.wfed.aid.dto.LedgerRow;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;
import org.wfed.core.exports.ExportTable;
import org.wfed.core.exports.Exports;

/** {@code /api/aid/ledger}: the payment ledger (台账) as JSON, {@code ledger.csv} and {@code ledger.xlsx}. */
@Component(service = LedgerResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid")
public final class LedgerResource {

    private final LedgerService ledger;
    private final AccessControl access;
    private final Exports exports;

    @Activate
    public LedgerResource(@Reference LedgerService ledger, @Reference AccessControl access, @Reference Exports exports) {
        this.ledger = ledger;
        this.access = access;
        this.exports = exports;
    }

    /** {@code ?unitId=&year=&programmeId=&status=&paidFrom=&paidTo=&reveal=&page=1&size=50}. */
    @GET
    @Path("ledger")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<LedgerRow> page(@QueryParam("programmeId") Long programmeId, @QueryParam("unitId") Long unitId,
                                @QueryParam("year") Integer year, @QueryParam("status") String status,
                                @QueryParam("paidFrom") String paidFrom, @QueryParam("paidTo") String paidTo,
                                @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                                @QueryParam("page") @DefaultValue("1") int page,
                                @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return ledger.page(caller, filter(caller, programmeId, unitId, year, status, paidFrom, paidTo, reveal),
                Page.request(page, size));
    }

    private static LedgerService.Filter filter(Caller caller, Long programmeId, Long unitId, Integer year, String status,
                                               String paidFrom, String paidTo, boolean reveal) {
        return new LedgerService.Filter(unitId == null ? caller.unitId() : unitId,
                year == null ? LocalDate.now().getYear() : year, programmeId,
                ApplicationResource.parse(ApplicationStatus.class, status, "status"), day(paidFrom, "paidFrom"),
                day(paidTo, "paidTo"), reveal);
    }

    private static LocalDate day(String text, String field) {
        return org.wfed.core.Validation.optionalDate(field, text);
    }

    @GET
    @Path("ledger.csv")
    // JSON too, so that a client asking for JSON (and error envelopes) still get an answer; the body is CSV
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(@QueryParam("programmeId") Long programmeId, @QueryParam("unitId") Long unitId,
                        @QueryParam("year") Integer year, @QueryParam("status") String status,
                        @QueryParam("paidFrom") String paidFrom, @QueryParam("paidTo") String paidTo,
                        @QueryParam("reveal") @DefaultValue("false") boolean reveal, @Context SecurityContext sc) {
        return export(false, sc, filter(access.caller(sc), programmeId, unitId, year, status, paidFrom, paidTo, reveal));
    }

    @GET
    @Path("ledger.xlsx")
    // JSON too, so that a client asking for JSON (and error envelopes) still get an answer; the body is XLSX
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response xlsx(@QueryParam("programmeId") Long programmeId, @QueryParam("unitId") Long unitId,
                         @QueryParam("year") Integer year, @QueryParam("status") String status,
                         @QueryParam("paidFrom") String paidFrom, @QueryParam("paidTo") String paidTo,
                         @QueryParam("reveal") @DefaultValue("false") boolean reveal, @Context SecurityContext sc) {
        return export(true, sc, filter(access.caller(sc), programmeId, unitId, year, status, paidFrom, paidTo, reveal));
    }

    /** The filtered ledger (at most 100,000 lines) as an XLSX or CSV attachment. */
    private Response export(boolean xlsx, SecurityContext sc, LedgerService.Filter f) {
        List<LedgerRow> rows = ledger.rows(access.caller(sc), f);
        ExportTable table = LedgerExport.table(f.year() + "年救助台账", rows);
        String ext = xlsx ? ".xlsx" : ".csv";
        return Response.ok(xlsx ? exports.xlsx(table) : exports.csv(table), xlsx ? Exports.XLSX : Exports.CSV)
                .header("Content-Disposition", Exports.attachment("aid-ledger-" + f.year() + ext, f.year() + "年救助台账" + ext))
                .build();
    }
}
