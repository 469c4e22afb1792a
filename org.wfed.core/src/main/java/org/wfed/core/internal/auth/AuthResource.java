package org.wfed.core.internal.auth;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.wfed.core.Validation;
import org.wfed.core.internal.rest.WfedApplication;

/** Sign-in and sign-out ({@code /api/auth}); the session cookie is HttpOnly and SameSite=Strict. */
@Component(service = AuthResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {

    /** Sign-in request. */
    public record Credentials(String username, String password) {
        public Credentials {
            new Validation().text("username", username, 50, true).text("password", password, 128, true).check();
        }
    }

    /** Who is signed in, with the CSRF token for her writes. */
    public record Me(long userId, String username, String displayName, long unitId, Set<String> roles,
                     Set<String> permissions, String csrfToken) {
        static Me of(Caller c, String csrf) {
            Set<String> roles = new TreeSet<>();
            c.roles().forEach(r -> roles.add(r.name()));
            return new Me(c.userId(), c.username(), c.displayName(), c.unitId(), roles, new TreeSet<>(c.permissions()), csrf);
        }
    }

    private final AuthService auth;
    private final AccessControl access;

    @Activate
    public AuthResource(@Reference AuthService auth, @Reference AccessControl access) {
        this.auth = auth;
        this.access = access;
    }

    @POST
    @Path("login")
    public Response login(Credentials credentials, @Context SecurityContext sc) {
        Validation.body(credentials);
        AuthService.Login login = auth.login(credentials.username(), credentials.password());
        return Response.ok(Me.of(login.caller(), login.csrfToken()))
                .header("Set-Cookie", cookie(login.sessionToken(), sc.isSecure(), -1))
                .build();
    }

    @POST
    @Path("logout")
    public Response logout(@CookieParam(AuthFilter.COOKIE) String token, @Context SecurityContext sc) {
        if (token != null) {
            auth.logout(token);
        }
        return Response.noContent().header("Set-Cookie", cookie("", sc.isSecure(), 0)).build();
    }

    @GET
    @Path("me")
    public Me me(@CookieParam(AuthFilter.COOKIE) String token, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        String csrf = token == null ? null : auth.session(token).map(AuthService.Session::csrfToken).orElse(null);
        return Me.of(caller, csrf);
    }

    private static String cookie(String value, boolean secure, int maxAge) {
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
