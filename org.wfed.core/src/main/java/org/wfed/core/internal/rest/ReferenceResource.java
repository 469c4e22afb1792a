package org.wfed.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/reference} (no sign-in): an OpenAPI 3 document generated from the JAX-RS
 * runtime, so it lists exactly the endpoints of the modules and plugins present right now.
 */
@Component(service = ReferenceResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
public final class ReferenceResource {

    @Reference
    JaxrsServiceRuntime runtime;

    @GET
    public Map<String, Object> openApi() {
        Map<String, Object> paths = new TreeMap<>();
        for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
            if (!WfedApplication.NAME.equals(app.name)) {
                continue;
            }
            for (ResourceDTO resource : app.resourceDTOs) {
                for (ResourceMethodInfoDTO m : resource.resourceMethods) {
                    String path = "/api" + (m.path.startsWith("/") ? m.path : "/" + m.path);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> ops = (Map<String, Object>) paths.computeIfAbsent(path, k -> new TreeMap<>());
                    Map<String, Object> op = new LinkedHashMap<>();
                    op.put("tags", new String[] {resource.name});
                    if (m.consumingMimeType != null && m.consumingMimeType.length > 0) {
                        op.put("x-consumes", m.consumingMimeType);
                    }
                    if (m.producingMimeType != null && m.producingMimeType.length > 0) {
                        op.put("x-produces", m.producingMimeType);
                    }
                    op.put("responses", Map.of("default", Map.of("description",
                            "JSON; errors as {status, code, message, messageEn, fields}")));
                    ops.put(m.method == null ? "x-subresource" : m.method.toLowerCase(), op);
                }
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "wfed API", "version", "1.0.0",
                "description", "Generated from the running deployment. Sign in with POST /api/auth/login; writes need X-CSRF-Token, or use Authorization: Bearer <token>."));
        doc.put("paths", paths);
        return doc;
    }
}
