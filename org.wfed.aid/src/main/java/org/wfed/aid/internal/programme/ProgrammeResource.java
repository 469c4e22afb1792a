package org.wfed.aid.internal.programme;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Category;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.dto.ProgrammeInput;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;

/** {@code /api/aid/programmes} and {@code /api/aid/categories}: programme setup (项目设置). */
@Component(service = ProgrammeResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ProgrammeResource {

    private final ProgrammeService programmes;
    private final AccessControl access;

    @Activate
    public ProgrammeResource(@Reference ProgrammeService programmes, @Reference AccessControl access) {
        this.programmes = programmes;
        this.access = access;
    }

    @GET
    @Path("programmes")
    public List<Programme> list(@Context SecurityContext sc) {
        access.require(access.caller(sc), AidPermissions.READ);
        return programmes.list();
    }

    @GET
    @Path("programmes/{id}")
    public Programme get(@PathParam("id") long id, @Context SecurityContext sc) {
        access.require(access.caller(sc), AidPermissions.READ);
        return programmes.get(id);
    }

    @POST
    @Path("programmes")
    public Response create(ProgrammeInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, AidPermissions.CONFIGURE);
        return Response.status(201).entity(programmes.create(caller, org.wfed.core.Validation.body(in))).build();
    }

    @PUT
    @Path("programmes/{id}")
    public Programme update(@PathParam("id") long id, ProgrammeInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, AidPermissions.CONFIGURE);
        return programmes.update(caller, id, org.wfed.core.Validation.body(in));
    }

    @GET
    @Path("categories")
    public List<Category> categories(@Context SecurityContext sc) {
        access.require(access.caller(sc), AidPermissions.READ);
        return programmes.categories();
    }

    @POST
    @Path("categories")
    public Response addCategory(Category k, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, AidPermissions.CONFIGURE);
        return Response.status(201).entity(programmes.addCategory(caller, org.wfed.core.Validation.body(k))).build();
    }
}
