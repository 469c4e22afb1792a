package org.wfed.activities.internal.contest;

import java.util.List;
import javax.ws.rs.Consumes;
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
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.ContestType;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;

/** {@code /api/activities/contest-types}: the configured contest types; changes need activities.configure. */
@Component(service = ContestTypeResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("activities/contest-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ContestTypeResource {
    private final AccessControl access;
    private final ContestTypes types;

    @Activate
    public ContestTypeResource(@Reference AccessControl access, @Reference ContestTypes types) {
        this.access = access;
        this.types = types;
    }

    @GET
    public List<ContestType> list(@QueryParam("all") boolean all, @Context SecurityContext sc) {
        access.require(access.caller(sc), ActivitiesPermissions.READ);
        return types.list(!all);
    }

    @GET
    @Path("{id}")
    public ContestType get(@PathParam("id") long id, @Context SecurityContext sc) {
        access.require(access.caller(sc), ActivitiesPermissions.READ);
        return types.get(id);
    }

    @POST
    public Response create(ContestType in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, ActivitiesPermissions.CONFIGURE);
        return ContestResource.created(types.create(caller, ContestResource.required(in)));
    }

    @PUT
    @Path("{id}")
    public ContestType update(@PathParam("id") long id, ContestType in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, ActivitiesPermissions.CONFIGURE);
        return types.update(caller, id, ContestResource.required(in));
    }
}
