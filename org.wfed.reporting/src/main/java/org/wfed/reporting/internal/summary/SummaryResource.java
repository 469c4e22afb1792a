package org.wfed.reporting.internal.summary;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.wfed.core.AccessControl;
import org.wfed.core.Validation;
import org.wfed.reporting.dto.ParagraphInput;
import org.wfed.reporting.dto.ReviewInput;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.SummaryInput;

/** {@code /api/reporting/summaries}: draft, edit and refresh annual work summaries. */
@Component(service = SummaryResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("reporting/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SummaryResource {
    private final AccessControl access;
    private final SummaryService summaries;
    private final ReportingYear reportingYear;

    @Activate
    public SummaryResource(@Reference AccessControl access, @Reference SummaryService summaries,
                           @Reference ReportingYear reportingYear) {
        this.access = access;
        this.summaries = summaries;
        this.reportingYear = reportingYear;
    }

    /** The year reporting pages open on for the unit (the current one, or early in the year the previous one). */
    @GET
    @Path("year")
    public ReportingYear.Chosen year(@QueryParam("unitId") Long unitId, @Context SecurityContext sc) {
        new Validation().required("unitId", unitId).check();
        return reportingYear.of(access.caller(sc), unitId, java.time.LocalDate.now());
    }

    /** Drafts the summary of {@code {unitId, year}} → 201; 409 when it exists. */
    @POST
    public Response create(SummaryInput in, @Context SecurityContext sc) {
        required(in);
        return Response.status(201).entity(summaries.create(access.caller(sc), in)).build();
    }

    /** The summary of a unit's year: a list of zero or one. */
    @GET
    public List<Summary> find(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @Context SecurityContext sc) {
        new Validation().required("unitId", unitId).required("year", year).check();
        return summaries.find(access.caller(sc), unitId, year);
    }

    @GET
    @Path("{id}")
    public Summary get(@PathParam("id") long id, @Context SecurityContext sc) {
        return summaries.get(access.caller(sc), id);
    }

    @PUT
    @Path("{id}/paragraphs/{pid}")
    public Summary edit(@PathParam("id") long id, @PathParam("pid") long pid, ParagraphInput in, @Context SecurityContext sc) {
        required(in);
        return summaries.editParagraph(access.caller(sc), id, pid, in);
    }

    @POST
    @Path("{id}/paragraphs")
    public Response add(@PathParam("id") long id, ParagraphInput in, @Context SecurityContext sc) {
        required(in);
        return Response.status(201).entity(summaries.addParagraph(access.caller(sc), id, in)).build();
    }

    @DELETE
    @Path("{id}/paragraphs/{pid}")
    public Summary delete(@PathParam("id") long id, @PathParam("pid") long pid, @QueryParam("version") Integer version,
                          @Context SecurityContext sc) {
        new Validation().required("version", version).check();
        return summaries.deleteParagraph(access.caller(sc), id, pid, version);
    }

    @POST
    @Path("{id}/refresh")
    public Summary refresh(@PathParam("id") long id, ReviewInput in, @Context SecurityContext sc) {
        required(in);
        return summaries.refresh(access.caller(sc), id, in);
    }

    private static void required(Object body) {
        Validation.body(body);
    }
}
