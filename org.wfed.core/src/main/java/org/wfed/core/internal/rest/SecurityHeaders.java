package org.wfed.core.internal.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Security headers on every answer of the API, its print pages (HTML) and files included: no framing,
 * no content sniffing, no referrer beyond the site, no caching of personal data unless a resource says
 * otherwise, and a Content-Security-Policy that lets an HTML print page show its own inline styles and
 * images but run nothing.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("wfed.headers")
@JaxrsApplicationSelect(WfedApplication.SELECT)
public final class SecurityHeaders implements ContainerResponseFilter {
    static final String CSP_DATA = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String CSP_PAGE = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        MediaType type = response.getMediaType();
        boolean page = type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
        h.putSingle("Content-Security-Policy", page ? CSP_PAGE : CSP_DATA);
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("X-Frame-Options", "DENY");
        h.putSingle("Referrer-Policy", "same-origin");
        if (!h.containsKey("Cache-Control")) {
            h.putSingle("Cache-Control", "no-store");
        }
    }
}
