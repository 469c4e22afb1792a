package org.wfed.activities.internal.volunteer;

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
import org.wfed.core.Page;
import org.wfed.activities.dto.VolunteerService;
import org.wfed.activities.dto.VolunteerServiceInput;
import org.wfed.activities.internal.activity.ActivityFilter;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;

/** {@code /api/activities/volunteer-services}: volunteer service records by unit subtree and period. */
@Component(service = VolunteerServiceResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("activities/volunteer-services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class VolunteerServiceResource {
    private final AccessControl access;
    private final VolunteerServices services;

    @Activate
    public VolunteerServiceResource(@Reference AccessControl access, @Reference VolunteerServices services) {
        this.access = access;
        this.services = services;
    }

    @GET
    public Page<VolunteerService> list(@QueryParam("unitId") Long unitId, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("page") @DefaultValue("1") int page,
                                       @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return services.list(caller, new ActivityFilter(unitId == null ? caller.unitId() : unitId, null,
                date("from", from), date("to", to), page, size));
    }

    @POST
    public Response create(VolunteerServiceInput in, @Context SecurityContext sc) {
        if (in == null) {
            throw WfedException.bodyRequired();
        }
        return Response.status(Response.Status.CREATED).entity(services.create(access.caller(sc), in))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    public VolunteerService get(@PathParam("id") long id, @Context SecurityContext sc) {
        return services.get(access.caller(sc), id);
    }

    @PUT
    @Path("{id}")
    public VolunteerService update(@PathParam("id") long id, VolunteerServiceInput in, @Context SecurityContext sc) {
        if (in == null) {
            throw WfedException.bodyRequired();
        }
        return services.update(access.caller(sc), id, in);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        if (version == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        services.delete(access.caller(sc), id, version);
        return Response.noContent().build();
    }

    private static java.time.LocalDate date(String field, String text) {
        return org.wfed.core.Validation.optionalDate(field, text);
    }
}
