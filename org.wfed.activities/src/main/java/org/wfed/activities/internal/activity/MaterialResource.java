package org.wfed.activities.internal.activity;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.Material;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.WfedException;

/** {@code /api/activities/materials}: the materials (物资/宣传品) activities record quantities of; {@code PUT /{code}} adds or changes one. */
@Component(service = MaterialResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("activities/materials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MaterialResource {
    private final AccessControl access;
    private final Materials materials;

    @Activate
    public MaterialResource(@Reference AccessControl access, @Reference Materials materials) {
        this.access = access;
        this.materials = materials;
    }

    @GET
    public List<Material> list(@QueryParam("all") boolean all, @Context SecurityContext sc) {
        access.require(access.caller(sc), ActivitiesPermissions.READ);
        return materials.list(!all);
    }

    @PUT
    @Path("{code}")
    public Material put(@PathParam("code") String code, Material in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, ActivitiesPermissions.CONFIGURE);
        if (in == null || !code.equals(in.code())) {
            throw WfedException.invalid("CODE_MISMATCH", "地址中的物资代码与内容不一致", "Code in path and body differ");
        }
        return materials.put(caller, in);
    }
}
