package org.wfed.core.internal.auth;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
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
import org.wfed.core.ClientAddresses;
import org.wfed.core.Validation;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * Sign-in and sign-out ({@code /api/auth}); the session cookie is HttpOnly, SameSite=Strict, and
 * Secure when the request came over TLS (directly or through a trusted proxy).
 */
@Component(service = AuthResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {

    /** Sign-in request; {@code code} is the second factor (TOTP or a recovery code) of a user who has one. */
    public record Credentials(String username, String password, String code) {
        public Credentials {
            new Validation().text("username", username, 50, true).text("password", password, 128, true)
                    .text("code", code, 20, false).check();
        }
    }

    /**
     * Who is signed in, with the CSRF token for her writes, and her second factor: whether she has one,
     * whether she must, and whether this session may do nothing but set it up ({@code mustEnrol}).
     */
    public record Me(long userId, String username, String displayName, long unitId, Set<String> roles,
                     Set<String> permissions, String csrfToken, boolean twoFactor, boolean twoFactorRequired,
                     boolean mustEnrol) {
        static Me of(Caller c, String csrf, boolean twoFactor, boolean required, boolean mustEnrol) {
            Set<String> roles = new TreeSet<>();
            c.roles().forEach(r -> roles.add(r.name()));
            return new Me(c.userId(), c.username(), c.displayName(), c.unitId(), roles, new TreeSet<>(c.permissions()), csrf,
                    twoFactor, required, mustEnrol);
        }
    }

    private final AuthService auth;
    private final AccessControl access;
    private final ClientAddresses addresses;

    @Activate
    public AuthResource(@Reference AuthService auth, @Reference AccessControl access, @Reference ClientAddresses addresses) {
        this.auth = auth;
        this.access = access;
        this.addresses = addresses;
    }

    @POST
    @Path("login")
    public Response login(Credentials credentials, @Context HttpServletRequest request) {
        Validation.body(credentials);
        AuthService.Login login = auth.login(credentials.username(), credentials.password(), credentials.code(),
                addresses.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        Caller c = login.caller();
        boolean has = !login.mustEnrol() && auth.db().read(x -> auth.twoFactor().enabled(x, c.userId()));
        return Response.ok(Me.of(c, login.csrfToken(), has, has || login.mustEnrol(), login.mustEnrol()))
                .header("Set-Cookie", cookie(login.sessionToken(), secure(request), -1))
                .build();
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(AuthFilter.COOKIE) String token, @Context HttpServletRequest request) {
        if (token != null) {
            auth.logout(token);
        }
        return Response.noContent().header("Set-Cookie", cookie("", secure(request), 0)).build();
    }

    @GET
    @Path("me")
    public Me me(@CookieParam(AuthFilter.COOKIE) String token, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        AuthService.Session session = token == null ? null : auth.session(token).orElse(null);
        boolean has = auth.db().read(c -> auth.twoFactor().enabled(c, caller.userId()));
        boolean mustEnrol = session != null && session.mustEnrol();
        return Me.of(caller, session == null ? null : session.csrfToken(), has,
                has || auth.twoFactor().required(caller.roles(), caller.permissions()), mustEnrol);
    }

    private boolean secure(HttpServletRequest request) {
        return addresses.secure(request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
    }

    static String cookie(String value, boolean secure, int maxAge) {
        List<String> parts = new java.util.ArrayList<>(List.of(AuthFilter.COOKIE + "=" + value, "Path=/", "HttpOnly", "SameSite=Strict"));
        if (secure) {
            parts.add("Secure");
        }
        if (maxAge >= 0) {
            parts.add("Max-Age=" + maxAge);
        }
        return String.join("; ", parts);
    }
}
