package org.wfed.ops.internal;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.felix.webconsole.WebConsoleSecurityProvider;
import org.apache.felix.webconsole.WebConsoleSecurityProvider2;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Sessions;

/**
 * The Felix Web Console's login is wfed's: a signed-in system admin (permission {@code core.system})
 * gets in with her wfed session; anyone else is sent to the console's sign-in page. With this
 * provider registered the web console never falls back to its built-in admin/admin.
 */
@Component(service = {WebConsoleSecurityProvider.class, WebConsoleSecurityProvider2.class},
        property = "webconsole.security.provider.id=wfed")
public final class WebConsoleLogin implements WebConsoleSecurityProvider2 {
    static final String SYSTEM = "core.system";

    private final Sessions sessions;
    private final AuditLog audit;

    @Activate
    public WebConsoleLogin(@Reference Sessions sessions, @Reference AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public boolean authenticate(HttpServletRequest request, HttpServletResponse response) {
        Optional<Caller> caller = sessions.caller(cookie(request));
        if (caller.isPresent() && caller.get().has(SYSTEM)) {
            request.setAttribute(USER_ATTRIBUTE, caller.get());
            return true;
        }
        caller.ifPresent(c -> audit.record(c, "system.console", "webconsole", null, AuditLog.Outcome.DENIED, "not a system admin"));
        try {
            if (caller.isPresent()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only system admins may use the system console");
            } else {
                response.sendRedirect("/console/");
            }
        } catch (IOException e) {
            // the client went away
        }
        return false;
    }

    /** Username and password logins (HTTP basic) are not accepted: sign in to wfed instead. */
    @Override
    public Object authenticate(String username, String password) {
        return null;
    }

    @Override
    public boolean authorize(Object user, String role) {
        return user instanceof Caller c && c.has(SYSTEM);
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (Sessions.COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }
}
