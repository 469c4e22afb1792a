package org.wfed.reporting.internal.summary;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.wfed.core.Validation;
import org.wfed.reporting.dto.BoardRow;
import org.wfed.reporting.dto.ReviewInput;
import org.wfed.reporting.dto.Summary;

/**
 * {@code /api/reporting/approval/{summaryId}/submit|approve|return} and {@code /api/reporting/approval/board}: the
 * approval chain. A resource of its own because it needs core's PeriodLocks, which editing does not.
 */
@Component(service = ApprovalResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("reporting/approval")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApprovalResource {
    private final AccessControl access;
    private final ApprovalService approvals;

    @Activate
    public ApprovalResource(@Reference AccessControl access, @Reference ApprovalService approvals) {
        this.access = access;
        this.approvals = approvals;
    }

    @POST
    @Path("{id}/submit")
    public Summary submit(@PathParam("id") long id, ReviewInput in, @Context SecurityContext sc) {
        required(in);
        return approvals.submit(access.caller(sc), id, in);
    }

    @POST
    @Path("{id}/approve")
    public Summary approve(@PathParam("id") long id, org.wfed.reporting.dto.ApprovalInput in, @Context SecurityContext sc) {
        required(in);
        return approvals.approve(access.caller(sc), id, in);
    }

    @POST
    @Path("{id}/return")
    public Summary sendBack(@PathParam("id") long id, ReviewInput in, @Context SecurityContext sc) {
        required(in);
        return approvals.sendBack(access.caller(sc), id, in);
    }

    /** The approval board: the unit and its children with their summaries of the year. */
    @GET
    @Path("board")
    public List<BoardRow> board(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @Context SecurityContext sc) {
        new Validation().required("unitId", unitId).required("year", year).check();
        return approvals.board(access.caller(sc), unitId, year);
    }

    private static void required(Object body) {
        Validation.body(body);
    }
}
