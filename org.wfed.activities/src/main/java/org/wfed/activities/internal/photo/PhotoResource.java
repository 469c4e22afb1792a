package org.wfed.activities.internal.photo;

import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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

/**
 * {@code /api/activities/photos}: upload an image as the raw request body ({@code Content-Type: image/jpeg} or
 * {@code image/png}) for {@code ?owner=ACTIVITY|NOMINEE&ownerId=}, list an owner's photos, fetch or delete one.
 */
@Component(service = PhotoResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("activities/photos")
@Produces(MediaType.APPLICATION_JSON)
public final class PhotoResource {
    private final AccessControl access;
    private final Photos photos;

    @Activate
    public PhotoResource(@Reference AccessControl access, @Reference Photos photos) {
        this.access = access;
        this.photos = photos;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("owner") String owner, @QueryParam("ownerId") long ownerId,
                           @QueryParam("caption") String caption, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                           InputStream body, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(photos.upload(access.caller(sc), owner, ownerId, type, caption, body))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    public List<Photo> list(@QueryParam("owner") String owner, @QueryParam("ownerId") long ownerId, @Context SecurityContext sc) {
        return photos.list(access.caller(sc), owner, ownerId);
    }

    @GET
    @Path("{id}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response image(@PathParam("id") long id, @Context SecurityContext sc) {
        Photos.Image image = photos.image(access.caller(sc), id);
        // private: the image is personal data; nosniff: never let a browser take it for something else
        return Response.ok(image.bytes(), image.contentType()).header("Cache-Control", "private, max-age=300")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
        photos.delete(access.caller(sc), id);
        return Response.noContent().build();
    }
}
