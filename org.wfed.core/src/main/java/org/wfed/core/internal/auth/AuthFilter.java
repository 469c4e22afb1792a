package org.wfed.core.internal.auth;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.wfed.core.Caller;
import org.wfed.core.ClientAddresses;
import org.wfed.core.WfedException;
import org.wfed.core.internal.audit.RequestContext;
import org.wfed.core.internal.rest.ErrorMapper;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * Builds the caller of every request from the session cookie (plus the CSRF header on writes) or a
 * Bearer API token; answers 401 for anything but the public endpoints when nobody is signed in. A
 * session that must still set up its second factor reaches only the sign-in and enrolment endpoints.
 * First of all it begins the request's audit context (client address, request line).
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("wfed.auth")
@JaxrsApplicationSelect(WfedApplication.SELECT)
public final class AuthFilter implements ContainerRequestFilter {

    public static final String COOKIE = org.wfed.core.Sessions.COOKIE;
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Paths below /api that answer without a signed-in user. */
    private static final Set<String> PUBLIC = Set.of("health", "auth/login", "reference");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** What a session that must enrol a second factor may reach. */
    private static final Set<String> ENROLMENT = Set.of("auth/me", "auth/logout", "auth/2fa", "auth/2fa/start", "auth/2fa/confirm");

    private final AuthService auth;
    private final ClientAddresses addresses;

    @Context
    private HttpServletRequest servlet;

    @Activate
    public AuthFilter(@Reference AuthService auth, @Reference ClientAddresses addresses) {
        this.auth = auth;
        this.addresses = addresses;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequestContext.begin(addresses.clientAddress(servlet.getRemoteAddr(), servlet.getHeader("X-Forwarded-For")),
                request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath());
        try {
            Optional<Caller> caller = authenticate(request);
            if (caller.isPresent()) {
                RequestContext.authenticated(caller.get());
                request.setSecurityContext(new CallerContext(caller.get(), request.getSecurityContext().isSecure()));
            } else if (!isPublic(path(request))) {
                throw new WfedException(401, "UNAUTHENTICATED", "请先登录（或登录已超时）", "Sign in first (or the session timed out)");
            }
        } catch (WfedException e) {
            request.abortWith(ErrorMapper.respond(e));
        }
    }

    private Optional<Caller> authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Caller> caller = auth.bearer(header.substring(7).trim());
            if (caller.isEmpty()) {
                throw new WfedException(401, "BAD_TOKEN", "访问令牌无效或已过期", "Invalid or expired API token");
            }
            return caller;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Optional.empty();
        }
        Optional<AuthService.Session> session = auth.session(cookie.getValue());
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !session.get().csrfToken().equals(request.getHeaderString(CSRF_HEADER))) {
            throw WfedException.forbidden("请求缺少有效的安全令牌（CSRF），请刷新页面后重试", "Missing or wrong CSRF token");
        }
        if (session.get().mustEnrol() && !ENROLMENT.contains(path(request))) {
            request.setSecurityContext(new CallerContext(session.get().caller(), request.getSecurityContext().isSecure()));
            throw new WfedException(403, "TWO_FACTOR_ENROLMENT_REQUIRED", "您的账户须先设置双因素认证（身份验证器动态码），设置后即可继续使用",
                    "Set up two-factor sign-in first");
        }
        return Optional.of(session.get().caller());
    }

    /** Whether a path below /api (e.g. {@code reference}) answers without a signed-in user. */
    public static boolean isPublic(String path) {
        return PUBLIC.contains(path);
    }

    private static String path(ContainerRequestContext request) {
        String p = request.getUriInfo().getPath();
        return p.startsWith("/") ? p.substring(1) : p;
    }

    /** Puts the caller where resources find it: {@link SecurityContext#getUserPrincipal()}. */
    record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().stream().anyMatch(r -> r.name().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "WFED";
        }
    }
}
