package org.wfed.aid.internal.receipt;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.wfed.aid.dto.ReceiptFile;
import org.wfed.core.AccessControl;
import org.wfed.core.WfedException;

/**
 * {@code /api/aid/receipts}: signed receipts (签收单) of paid applications. Upload and replace send the file itself
 * as the request body (its Content-Type and {@code fileName} as declared by the browser; the content decides).
 */
@Component(service = ReceiptResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid/receipts")
@Produces(MediaType.APPLICATION_JSON)
public final class ReceiptResource {

    private final ReceiptFiles receipts;
    private final AccessControl access;

    @Activate
    public ReceiptResource(@Reference ReceiptFiles receipts, @Reference AccessControl access) {
        this.receipts = receipts;
        this.access = access;
    }

    /** {@code POST /api/aid/receipts?applicationId=12&fileName=签收单.pdf} with the file as the body → 201. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("applicationId") Long applicationId, @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body,
                           @Context SecurityContext sc) {
        ReceiptFile f = receipts.upload(access.caller(sc), required(applicationId), fileName, type, body);
        return Response.status(Response.Status.CREATED).entity(f).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    public List<ReceiptFile> list(@QueryParam("applicationId") Long applicationId, @Context SecurityContext sc) {
        return receipts.list(access.caller(sc), required(applicationId));
    }

    @GET
    @Path("{id}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response download(@PathParam("id") long id, @Context SecurityContext sc) {
        ReceiptFiles.Download d = receipts.download(access.caller(sc), id);
        String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        // personal data: not cached by shared caches; nosniff: never taken for something else
        return Response.ok(d.bytes(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"receipt-" + id + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    /** {@code PUT /api/aid/receipts/{id}?version=0&fileName=…} with the new file as the body. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public ReceiptFile replace(@PathParam("id") long id, @QueryParam("version") Integer version,
                               @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                               InputStream body, @Context SecurityContext sc) {
        if (version == null) {
            throw WfedException.invalid("AID_RECEIPT_VERSION", "缺少版本号（version）", "version is required");
        }
        return receipts.replace(access.caller(sc), id, version, fileName, type, body);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
        receipts.delete(access.caller(sc), id);
        return Response.noContent().build();
    }

    private static long required(Long applicationId) {
        if (applicationId == null || applicationId <= 0) {
            throw WfedException.invalid("AID_RECEIPT_APPLICATION", "请指明救助申请（applicationId）", "applicationId is required");
        }
        return applicationId;
    }
}
