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
import org.wfed.aid.dto.LedgerRow;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;

/** {@code /api/aid/ledger}: the payment ledger (台账) as JSON, {@code ledger.csv} and {@code ledger.xlsx}. */
@Component(service = LedgerResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid")
public final class LedgerResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LedgerService ledger;
    private final AccessControl access;

    @Activate
    public LedgerResource(@Reference LedgerService ledger, @Reference AccessControl access) {
        this.ledger = ledger;
        this.access = access;
    }

    @GET
    @Path("ledger")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<LedgerRow> page(@QueryParam("programmeId") Long programmeId, @QueryParam("unitId") Long unitId,
                                @QueryParam("year") Integer year, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                                @QueryParam("page") @DefaultValue("1") int page,
                                @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return ledger.page(caller, programmeId, unitId == null ? caller.unitId() : unitId,
                year == null ? LocalDate.now().getYear() : year, reveal, Page.request(page, size));
    }

    private List<LedgerRow> rows(Long programmeId, Long unitId, int year, boolean reveal, SecurityContext sc) {
        Caller caller = access.caller(sc);
        return ledger.rows(caller, programmeId, unitId == null ? caller.unitId() : unitId, year, reveal);
    }

    @GET
    @Path("ledger.csv")
    // JSON too, so that a client asking for JSON (and error envelopes) still get an answer; the body is CSV
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(@QueryParam("programmeId") Long programmeId, @QueryParam("unitId") Long unitId,
                        @QueryParam("year") Integer year, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                        @Context SecurityContext sc) {
        int y = year == null ? LocalDate.now().getYear() : year;
        byte[] body = ledger.csv(rows(programmeId, unitId, y, reveal, sc));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"aid-ledger-" + y + ".csv\"").build();
    }

    @GET
    @Path("ledger.xlsx")
    // JSON too, so that a client asking for JSON (and error envelopes) still get an answer; the body is XLSX
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response xlsx(@QueryParam("programmeId") Long programmeId, @QueryParam("unitId") Long unitId,
                         @QueryParam("year") Integer year, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                         @Context SecurityContext sc) {
        int y = year == null ? LocalDate.now().getYear() : year;
        byte[] body = LedgerXlsx.write(y + "年救助台账", rows(programmeId, unitId, y, reveal, sc));
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"aid-ledger-" + y + ".xlsx\"").build();
    }
}
