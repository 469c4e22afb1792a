package org.wfed.ops.internal;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.ClientAddresses;
import org.wfed.core.Sessions;

/**
 * Audits every state-changing action in the Felix Web Console (install, start, stop or uninstall a bundle,
 * change or delete a configuration, …) with the signed-in system admin, as {@code system.console.<page>}: the
 * record is the console path, the detail the console's {@code action} and the HTTP status; the outcome SUCCEEDED,
 * REFUSED (4xx) or FAILED (5xx), with the client's address and the request line like every audited request of
 * the API. Runs before {@link WebConsoleCsrf}, so that a request refused for its missing token is recorded too.
 */
@Component(service = Filter.class, property = {
        // the console registers its servlet in a servlet context of its own, at /system/console
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=org.apache.felix.webconsole)",
        // above WebConsoleCsrf's 100: the outer filter, which sees what the CSRF check answers
        "service.ranking:Integer=150"})
@HttpWhiteboardFilterName("wfed.webconsole.audit")
@HttpWhiteboardFilterPattern("/*")
public final class WebConsoleAudit implements Filter {
    private static final String ROOT = "/system/console/";

    private final Sessions sessions;
    private final AuditLog audit;
    private final ClientAddresses addresses;

    @Activate
    public WebConsoleAudit(@Reference Sessions sessions, @Reference AuditLog audit, @Reference ClientAddresses addresses) {
        this.sessions = sessions;
        this.audit = audit;
        this.addresses = addresses;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response) || !WebConsoleCsrf.changes(request)) {
            chain.doFilter(req, res);
            return;
        }
        String path = request.getRequestURI().startsWith(ROOT) ? request.getRequestURI().substring(ROOT.length()) : request.getRequestURI();
        String page = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        // the console's action is a form field of an Ajax post; an upload's body is left alone
        String type = request.getContentType();
        String action = type != null && type.startsWith("application/x-www-form-urlencoded") ? request.getParameter("action")
                : WebConsoleCsrf.queryParameter(request, "action");
        Optional<Caller> caller = sessions.caller(WebConsoleCsrf.cookie(request));
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            String client = addresses.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
            String line = request.getRequestURI() + (action == null ? "" : "?action=" + action.replaceAll("[^A-Za-z0-9_.-]", ""));
            caller.ifPresent(c -> audit.request(c, new AuditLog.Request(request.getMethod(), line, client, status,
                    status >= 400 ? "HTTP_" + status : null, "system.console." + (page.isEmpty() ? "main" : page), "webconsole", path,
                    (action == null ? request.getMethod() : action) + " → HTTP " + status)));
        }
    }
}
