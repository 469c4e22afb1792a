package org.wfed.core.internal.auth;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Role;
import org.wfed.core.Validation;
import org.wfed.core.extension.Permission;
import org.wfed.core.internal.org.UnitPaths;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code /api/users}: accounts of the caller's subtree, roles, unlock, password and second-factor reset,
 * their API tokens, and the caller's own password and tokens. Nobody manages an account holding a
 * role or permission she does not hold ({@link AccountGuard}). The rules are {@link UserService}'s, the SQL {@link UserStore}'s.
 */
@Component(service = UserResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UserResource {

    /** An account as admins see it (never the hash). */
    public record User(long id, String username, String displayName, long unitId, String unitName, Set<Role> roles,
                       boolean enabled, boolean locked, boolean twoFactor, int version) {
    }

    /** A new account. */
    public record NewUser(String username, String displayName, long unitId, Set<Role> roles, String password) {
        public NewUser {
            new Validation().text("username", username, 50, true).text("displayName", displayName, 50, true)
                    .positive("unitId", unitId).rule(roles != null && !roles.isEmpty(), "roles", "REQUIRED", "至少选择一个角色")
                    .rule(username == null || username.matches("[A-Za-z0-9_.-]{3,50}"), "username", "BAD_USERNAME",
                            "用户名只能包含字母、数字、下划线、点和横线，3到50个字符")
                    .check();
        }
    }

    /** Changes to an account. */
    public record UserUpdate(String displayName, long unitId, Set<Role> roles, boolean enabled, Integer version) {
        public UserUpdate {
            new Validation().text("displayName", displayName, 50, true).positive("unitId", unitId)
                    .rule(roles != null && !roles.isEmpty(), "roles", "REQUIRED", "至少选择一个角色").required("version", version).check();
        }
    }

    /** A new password, set by an admin or by the user herself (then with the old one). */
    public record PasswordChange(String oldPassword, String password) {
    }

    /** A new API token: a name and how many days it lives (1 to the configured maximum, 90 by default). */
    public record TokenRequest(String name, int days) {
        public TokenRequest {
            new Validation().text("name", name, 100, true).rule(days >= 1, "days", "OUT_OF_RANGE", "有效天数至少为1天").check();
        }
    }

    /** What a password change or reset ended: the user's other sessions and her API tokens. */
    public record CredentialChange(int sessionsEnded, int tokensRevoked) {
    }

    /** An API token; {@code token} is shown once, when created. */
    public record Token(long id, String name, Instant createdAt, Instant expiresAt, boolean revoked, String token) {
    }

    private final AccessControl access;
    private final UserService users;
    private final PermissionRegistry permissions;
    private final UnitPaths paths;
    private final Accounts accounts;
    private final AuditLog audit;

    @Activate
    public UserResource(@Reference AccessControl access, @Reference UserService users,
                        @Reference PermissionRegistry permissions, @Reference UnitPaths paths, @Reference Accounts accounts,
                        @Reference AuditLog audit) {
        this.access = access;
        this.users = users;
        this.permissions = permissions;
        this.paths = paths;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GET
    public List<User> list(@QueryParam("unitId") Long unitId, @Context SecurityContext sc) {
        Caller caller = manager(sc, unitId == null ? access.caller(sc).unitId() : unitId);
        String path = paths.pathOf(unitId == null ? caller.unitId() : unitId);
        return users.inSubtree(path);
    }

    @GET
    @Path("permissions")
    public List<Permission> permissions(@Context SecurityContext sc) {
        access.caller(sc);
        return permissions.all();
    }

    @POST
    public Response create(NewUser in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = manager(sc, in.unitId());
        AccountGuard.checkCovers(caller, in.roles(), permissions);
        return Response.status(201).entity(users.create(caller, in)).build();
    }

    @PUT
    @Path("{id}")
    public User update(@PathParam("id") long id, UserUpdate in, @Context SecurityContext sc) {
        Validation.body(in);
        User existing = load(id);
        Caller caller = managerOf(sc, existing);
        access.checkUnit(caller, in.unitId());
        AccountGuard.checkCovers(caller, in.roles(), permissions);
        return users.update(caller, existing, in);
    }

    @POST
    @Path("{id}/password")
    public CredentialChange resetPassword(@PathParam("id") long id, PasswordChange in, @Context SecurityContext sc) {
        Validation.body(in);
        User user = load(id);
        Caller caller = managerOf(sc, user);
        CredentialChange ended = accounts.setPassword(id, user.username(), in.password());
        audit.ok(caller, "users.password.reset", "user", id, ended.sessionsEnded() + " sessions, " + ended.tokensRevoked() + " tokens ended");
        return ended;
    }

    /** Removes the account's second factor (a lost phone): she sets it up anew at her next sign-in; her sessions end. */
    @DELETE
    @Path("{id}/2fa")
    public User resetTwoFactor(@PathParam("id") long id, @Context SecurityContext sc) {
        Caller caller = managerOf(sc, load(id));
        accounts.resetTwoFactor(id);
        audit.ok(caller, "users.2fa.reset", "user", id, null);
        return load(id);
    }

    @POST
    @Path("{id}/unlock")
    public User unlock(@PathParam("id") long id, @Context SecurityContext sc) {
        Caller caller = managerOf(sc, load(id));
        accounts.unlock(id);
        audit.ok(caller, "users.unlock", "user", id, null);
        return load(id);
    }

    @POST
    @Path("me/password")
    public CredentialChange changeOwnPassword(PasswordChange in, @CookieParam(AuthFilter.COOKIE) String session,
                                              @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = access.caller(sc);
        return users.changeOwnPassword(caller, in, session);
    }

    @GET
    @Path("me/tokens")
    public List<Token> tokens(@Context SecurityContext sc) {
        return tokensOf(access.caller(sc).userId());
    }

    /** The API tokens of an account, for the admins who may manage it. */
    @GET
    @Path("{id}/tokens")
    public List<Token> tokensOfUser(@PathParam("id") long id, @Context SecurityContext sc) {
        managerOf(sc, load(id));
        return tokensOf(id);
    }

    /** Revokes a token of an account the caller may manage. */
    @DELETE
    @Path("{id}/tokens/{tokenId}")
    public Response revokeTokenOfUser(@PathParam("id") long id, @PathParam("tokenId") long tokenId, @Context SecurityContext sc) {
        Caller caller = managerOf(sc, load(id));
        revoke(caller, id, tokenId);
        return Response.noContent().build();
    }

    private List<Token> tokensOf(long userId) {
        return users.tokens(userId);
    }

    @POST
    @Path("me/tokens")
    public Response createToken(TokenRequest in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = access.caller(sc);
        return Response.status(201).entity(users.createToken(caller, in)).build();
    }

    @DELETE
    @Path("me/tokens/{tokenId}")
    public Response revokeToken(@PathParam("tokenId") long tokenId, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        revoke(caller, caller.userId(), tokenId);
        return Response.noContent().build();
    }

    private void revoke(Caller caller, long userId, long tokenId) {
        users.revokeToken(caller, userId, tokenId);
    }

    private Caller manager(SecurityContext sc, long unitId) {
        Caller caller = access.caller(sc);
        access.check(caller, CorePermissions.USERS_MANAGE, unitId);
        return caller;
    }

    /** The caller, if she may manage this existing account: its unit in her subtree, its roles covered by hers. */
    private Caller managerOf(SecurityContext sc, User user) {
        Caller caller = manager(sc, user.unitId());
        AccountGuard.checkCovers(caller, user.roles(), permissions);
        return caller;
    }

    private User load(long id) {
        return users.get(id);
    }
}
