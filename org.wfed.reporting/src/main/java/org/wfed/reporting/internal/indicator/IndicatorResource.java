package org.wfed.reporting.internal.indicator;

import java.util.List;
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
import org.wfed.core.Caller;
import org.wfed.core.Validation;
import org.wfed.reporting.dto.IndicatorInfo;
import org.wfed.reporting.dto.IndicatorTable;
import org.wfed.reporting.internal.ReportingModule;
import org.wfed.reporting.internal.ReportingPermissions;

/** {@code /api/reporting/indicators} and {@code /api/reporting/table}: the present indicators and their roll-up. */
@Component(service = IndicatorResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("reporting")
@Produces(MediaType.APPLICATION_JSON)
public final class IndicatorResource {
    private final AccessControl access;
    private final IndicatorTables tables;

    @Activate
    public IndicatorResource(@Reference AccessControl access, @Reference IndicatorTables tables,
                             @Reference ReportingModule schema) {
        this.access = access;
        this.tables = tables;
    }

    @GET
    @Path("indicators")
    public List<IndicatorInfo> indicators(@Context SecurityContext sc) {
        access.require(access.caller(sc), ReportingPermissions.READ);
        return tables.list();
    }

    /**
     * The table of a unit by child unit: {@code ?unitId=3&year=2025} (+{@code quarter}|{@code month}) or
     * {@code &from=&to=}; {@code &compare=false} leaves out last year.
     */
    @GET
    @Path("table")
    public IndicatorTable table(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year,
                                @QueryParam("quarter") Integer quarter, @QueryParam("month") Integer month,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("compare") Boolean compare, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        new Validation().required("unitId", unitId).check();
        access.check(caller, ReportingPermissions.READ, unitId);
        return tables.table(unitId, PeriodQuery.parse(year, quarter, month, from, to), !Boolean.FALSE.equals(compare));
    }
}
