package org.wfed.activities.internal.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
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
import org.wfed.activities.dto.Activity;
import org.wfed.activities.dto.ActivityInput;
import org.wfed.core.Page;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.FieldError;
import org.wfed.core.OrgService;
import org.wfed.core.WfedException;
import org.wfed.core.exports.ExportTable;
import org.wfed.core.exports.Exports;

/**
 * {@code /api/activities/events}: activities (活动) with filters by unit subtree, type and period, paged, and
 * exports as CSV and XLSX through core's writers.
 */
@Component(service = ActivityResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("activities/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ActivityResource {
    private final AccessControl access;
    private final ActivityService activities;
    private final OrgService orgs;
    private final Exports exports;

    @Activate
    public ActivityResource(@Reference AccessControl access, @Reference ActivityService activities,
                            @Reference OrgService orgs, @Reference Exports exports) {
        this.access = access;
        this.activities = activities;
        this.orgs = orgs;
        this.exports = exports;
    }

    @GET
    public Page<Activity> list(@QueryParam("unitId") Long unitId, @QueryParam("type") String type,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("page") @DefaultValue("1") int page,
                               @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return activities.list(caller, filter(caller, unitId, type, from, to, page, size));
    }

    @POST
    public Response create(ActivityInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(activities.create(access.caller(sc), required(in)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    public Activity get(@PathParam("id") long id, @Context SecurityContext sc) {
        return activities.get(access.caller(sc), id);
    }

    @PUT
    @Path("{id}")
    public Activity update(@PathParam("id") long id, ActivityInput in, @Context SecurityContext sc) {
        return activities.update(access.caller(sc), id, required(in));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        if (version == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        activities.delete(access.caller(sc), id, version);
        return Response.noContent().build();
    }

    @GET
    @Path("export.csv")
    @Produces({Exports.CSV, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response csv(@QueryParam("unitId") Long unitId, @QueryParam("type") String type,
                        @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        return file(exports.csv(table(sc, unitId, type, from, to)), Exports.CSV, "csv");
    }

    @GET
    @Path("export.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response xlsx(@QueryParam("unitId") Long unitId, @QueryParam("type") String type,
                         @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        return file(exports.xlsx(table(sc, unitId, type, from, to)), Exports.XLSX, "xlsx");
    }

    private ExportTable table(SecurityContext sc, Long unitId, String type, String from, String to) {
        Caller caller = access.caller(sc);
        List<Activity> rows = new ArrayList<>();
        activities.export(caller, filter(caller, unitId, type, from, to, 1, 1), rows::add);
        return ActivityColumns.table(rows, orgs.get(rows.stream().map(Activity::unitId).distinct().toList()));
    }

    private static Response file(byte[] body, String type, String ext) {
        return Response.ok(body, type).header("Content-Disposition", Exports.attachment("activities." + ext, "活动台账." + ext))
                .build();
    }

    static ActivityFilter filter(Caller caller, Long unitId, String type, String from, String to, int page, int size) {
        return new ActivityFilter(unitId == null ? caller.unitId() : unitId, type, date("from", from), date("to", to), page,
                size);
    }

    static LocalDate date(String field, String text) {
        return org.wfed.core.Validation.optionalDate(field, text);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw WfedException.bodyRequired();
        }
        return body;
    }
}
