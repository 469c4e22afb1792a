package org.wfed.rights.internal.families;

import java.util.List;
import javax.ws.rs.Consumes;
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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;
import org.wfed.core.Validation;
import org.wfed.rights.dto.Colour;
import org.wfed.rights.dto.ColourInput;
import org.wfed.rights.dto.Family;
import org.wfed.rights.dto.FamilyCloseInput;
import org.wfed.rights.dto.FamilyInput;
import org.wfed.rights.dto.RevealInput;
import org.wfed.rights.dto.VisitInput;

/** {@code /api/rights/families}: the families-at-risk board, a file's visits and colours, and the colour scheme. */
@Component(service = FamilyResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class FamilyResource {
    private final AccessControl access;
    private final FamilyService families;
    private final Colours colours;

    @Activate
    public FamilyResource(@Reference AccessControl access, @Reference FamilyService families, @Reference Colours colours) {
        this.access = access;
        this.families = families;
        this.colours = colours;
    }

    /** Open files of the subtree, overdue visits first; {@code overdue=true} lists only those. */
    @GET
    @Path("families")
    public Page<Family> board(@QueryParam("unitId") Long unitId, @QueryParam("colour") String colour,
                              @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                              @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                              @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return families.board(caller, unitId == null ? caller.unitId() : unitId,
                colour == null || colour.isBlank() ? null : colour.trim(), overdue, page, size);
    }

    @POST
    @Path("families")
    public Response create(FamilyInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(families.create(access.caller(sc), Validation.body(in)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("families/{id}")
    public Family get(@PathParam("id") long id, @Context SecurityContext sc) {
        return families.get(access.caller(sc), id);
    }

    @POST
    @Path("families/{id}/visits")
    public Family visit(@PathParam("id") long id, VisitInput in, @Context SecurityContext sc) {
        return families.visit(access.caller(sc), id, in);
    }

    @POST
    @Path("families/{id}/colour")
    public Family colour(@PathParam("id") long id, ColourInput in, @Context SecurityContext sc) {
        return families.changeColour(access.caller(sc), id, in);
    }

    @POST
    @Path("families/{id}/close")
    public Family close(@PathParam("id") long id, FamilyCloseInput in, @Context SecurityContext sc) {
        return families.close(access.caller(sc), id, in);
    }

    @POST
    @Path("families/{id}/reveal")
    public Family reveal(@PathParam("id") long id, RevealInput in, @Context SecurityContext sc) {
        return families.reveal(access.caller(sc), id, Validation.body(in).reason());
    }

    /** The colour scheme, for those who read the files or configure it. */
    @GET
    @Path("colours")
    public List<Colour> colours(@Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        if (!caller.has(org.wfed.rights.RightsPermissions.READ)) {
            access.require(caller, org.wfed.rights.RightsPermissions.CONFIGURE);
        }
        return colours.list();
    }

    @PUT
    @Path("colours")
    public List<Colour> replaceColours(List<Colour> scheme, @Context SecurityContext sc) {
        return colours.replace(access.caller(sc), scheme);
    }
}
