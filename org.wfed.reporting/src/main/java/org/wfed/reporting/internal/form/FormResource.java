package org.wfed.reporting.internal.form;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.wfed.reporting.internal.ReportingPermissions;
import org.wfed.reporting.internal.indicator.PeriodQuery;

/** {@code /api/reporting/forms}: the statistical forms and one filled for a unit and period. */
@Component(service = FormResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("reporting/forms")
@Produces(MediaType.APPLICATION_JSON)
public final class FormResource {
    private final AccessControl access;
    private final FormService forms;

    @Activate
    public FormResource(@Reference AccessControl access, @Reference FormService forms) {
        this.access = access;
        this.forms = forms;
    }

    @GET
    public List<FormReport.Info> list(@Context SecurityContext sc) {
        access.require(access.caller(sc), ReportingPermissions.READ);
        return forms.list();
    }

    @GET
    @Path("{id}")
    public FormReport fill(@PathParam("id") String id, @QueryParam("unitId") Long unitId, @QueryParam("year") Integer year,
                           @QueryParam("quarter") Integer quarter, @QueryParam("month") Integer month,
                           @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        new Validation().required("unitId", unitId).check();
        access.check(caller, ReportingPermissions.READ, unitId);
        return forms.fill(id, unitId, PeriodQuery.parse(year, quarter, month, from, to));
    }
}
