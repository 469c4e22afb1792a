package org.wfed.activities.internal.project;

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
import org.wfed.activities.dto.Project;
import org.wfed.activities.dto.ProjectInput;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Validation;

/** {@code /api/activities/projects}: service projects a unit buys or runs year after year (购买服务项目). */
@Component(service = ProjectResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("activities/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ProjectResource {
    private final Projects projects;
    private final AccessControl access;

    @Activate
    public ProjectResource(@Reference Projects projects, @Reference AccessControl access) {
        this.projects = projects;
        this.access = access;
    }

    /** {@code ?unitId=} (default: the caller's unit) {@code &year=} (the projects that ran in it; all without). */
    @GET
    public List<Project> list(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return projects.list(caller, unitId == null ? caller.unitId() : unitId, year);
    }

    @GET
    @Path("{id}")
    public Project get(@PathParam("id") long id, @Context SecurityContext sc) {
        return projects.get(access.caller(sc), id);
    }

    @POST
    public Response create(ProjectInput in, @Context SecurityContext sc) {
        return Response.status(201).entity(projects.create(access.caller(sc), Validation.body(in))).build();
    }

    @PUT
    @Path("{id}")
    public Project update(@PathParam("id") long id, ProjectInput in, @Context SecurityContext sc) {
        return projects.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") int version, @Context SecurityContext sc) {
        projects.delete(access.caller(sc), id, version);
        return Response.noContent().build();
    }
}
