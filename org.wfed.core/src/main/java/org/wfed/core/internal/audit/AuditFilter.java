package org.wfed.core.internal.audit;

import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.internal.rest.ErrorBody;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * Audits every state-changing request of the wfed API with its result: the entries written while it
 * runs carry the client's address and the request line; a write that succeeded has its own entry
 * already (the module's, in its transaction), every other — refused (4xx, with the code), failed (5xx),
 * or successful without an entry — gets one here. Reads are not audited, but for sensitive values
 * ({@code Sensitive}), so that the read path stays cheap. The request's context is begun by core's
 * authentication filter, which every request of the application passes first.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("wfed.audit")
@JaxrsApplicationSelect(WfedApplication.SELECT)
public final class AuditFilter implements ContainerResponseFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditLog audit;

    @Activate
    public AuditFilter(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RequestContext context = RequestContext.current();
        try {
            if (context == null || READS.contains(request.getMethod())) {
                return;
            }
            int status = response.getStatus();
            if (status < 400 && context.recordedOk) {
                return;
            }
            Caller caller = request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() instanceof Caller c
                    ? c : null;
            String code = response.getEntity() instanceof ErrorBody e ? e.code() : null;
            String path = request.getUriInfo().getRequestUri().getRawPath();
            audit.request(caller, new AuditLog.Request(request.getMethod(), path, context.clientAddress, status, code));
        } finally {
            RequestContext.end();
        }
    }
}
