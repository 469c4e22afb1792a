package org.wfed.activities.internal.contest;

import java.time.LocalDate;
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
import org.wfed.activities.dto.HonourAbove;
import org.wfed.activities.dto.HonourAboveInput;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;

/**
 * {@code /api/activities/honours-above}: recommendations to and titles from a level above the deployment's top unit
 * (上级荣誉登记), listed by unit subtree and year.
 */
@Component(service = HonourAboveResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("activities/honours-above")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class HonourAboveResource {
    private final AccessControl access;
    private final HonoursAbove honours;

    @Activate
    public HonourAboveResource(@Reference AccessControl access, @Reference HonoursAbove honours) {
        this.access = access;
        this.honours = honours;
    }

    @GET
    public List<HonourAbove> list(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year,
                                  @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return honours.list(caller, unitId == null ? caller.unitId() : unitId, year == null ? LocalDate.now().getYear() : year);
    }

    @POST
    public Response create(HonourAboveInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(honours.create(access.caller(sc), required(in)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    public HonourAbove get(@PathParam("id") long id, @Context SecurityContext sc) {
        return honours.get(access.caller(sc), id);
    }

    @PUT
    @Path("{id}")
    public HonourAbove update(@PathParam("id") long id, HonourAboveInput in, @Context SecurityContext sc) {
        return honours.update(access.caller(sc), id, required(in));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        if (version == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        honours.delete(access.caller(sc), id, version);
        return Response.noContent().build();
    }

    private static HonourAboveInput required(HonourAboveInput in) {
        if (in == null) {
            throw WfedException.bodyRequired();
        }
        return in;
    }
}
