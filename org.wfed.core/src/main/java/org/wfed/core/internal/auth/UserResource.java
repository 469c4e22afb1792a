package org.wfed.core.internal.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Role;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.extension.Permission;
import org.wfed.core.internal.org.UnitPaths;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code /api/users}: accounts of the caller's subtree, roles, unlock, password and second-factor reset,
 * their API tokens, and the caller's own password and tokens. Nobody manages an account holding a
 * role or permission she does not hold ({@link AccountGuard}).
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

    private static final String USER_SELECT = "SELECT u.id, u.username, u.display_name, u.unit_id, un.name AS unit_name, u.roles,"
            + " u.enabled, u.locked_until, u.totp_secret, u.version FROM core_user u JOIN core_unit un ON un.id = u.unit_id";

    private final Database db;
    private final AccessControl access;
    private final AuthService auth;
    private final PermissionRegistry permissions;
    private final UnitPaths paths;
    private final Accounts accounts;
    private final AuditLog audit;

    @Activate
    public UserResource(@Reference Database db, @Reference AccessControl access, @Reference AuthService auth,
                        @Reference PermissionRegistry permissions, @Reference UnitPaths paths, @Reference Accounts accounts,
                        @Reference AuditLog audit) {
        this.db = db;
        this.access = access;
        this.auth = auth;
        this.permissions = permissions;
        this.paths = paths;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GET
    public List<User> list(@QueryParam("unitId") Long unitId, @Context SecurityContext sc) {
        Caller caller = manager(sc, unitId == null ? access.caller(sc).unitId() : unitId);
        String path = paths.pathOf(unitId == null ? caller.unitId() : unitId);
        return db.read(c -> Jdbc.list(c, USER_SELECT + " WHERE un.path LIKE ? ORDER BY un.path, u.username", UserResource::user, path + "%"));
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
        auth.policy().check(in.password(), in.username());
        long id = db.write(c -> {
            if (Jdbc.number(c, "SELECT COUNT(*) FROM core_user WHERE username = ?", in.username()) > 0) {
                throw WfedException.conflict("DUPLICATE_USERNAME", "用户名已存在", "Username taken");
            }
            return Jdbc.insert(c, "INSERT INTO core_user (username, display_name, unit_id, roles, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    in.username(), in.displayName(), in.unitId(), AuthService.formatRoles(in.roles()), auth.hasher().hash(in.password()),
                    Instant.now());
        });
        audit.ok(caller, "users.create", "user", id, in.username() + " " + in.roles());
        return Response.status(201).entity(load(id)).build();
    }

    @PUT
    @Path("{id}")
    public User update(@PathParam("id") long id, UserUpdate in, @Context SecurityContext sc) {
        Validation.body(in);
        User existing = load(id);
        Caller caller = managerOf(sc, existing);
        access.checkUnit(caller, in.unitId());
        AccountGuard.checkCovers(caller, in.roles(), permissions);
        if (id == caller.userId() && (!in.enabled() || !in.roles().equals(existing.roles()))) {
            throw WfedException.invalid("OWN_ACCOUNT", "不能停用自己的账户或修改自己的角色", "You cannot disable yourself or change your own roles");
        }
        db.write(c -> {
            Jdbc.updateVersioned(c, "core_user", id, "UPDATE core_user SET display_name = ?, unit_id = ?, roles = ?, enabled = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?", in.displayName(), in.unitId(),
                    AuthService.formatRoles(in.roles()), in.enabled(), id, in.version());
            if (!in.enabled() || in.unitId() != existing.unitId() || !in.roles().equals(existing.roles())) {
                auth.endSessions(c, id);
            }
            return null;
        });
        audit.ok(caller, "users.update", "user", id, in.roles() + (in.enabled() ? "" : " disabled"));
        return load(id);
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
        String hash = db.read(c -> Jdbc.one(c, "SELECT password_hash FROM core_user WHERE id = ?", rs -> rs.getString(1), caller.userId()))
                .orElseThrow();
        if (in.oldPassword() == null || !auth.hasher().matches(in.oldPassword(), hash)) {
            throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("oldPassword", "WRONG", "原密码不正确")));
        }
        auth.policy().check(in.password(), caller.username());
        // every other session and every API token stop working: whoever knew the old password is out
        CredentialChange ended = db.write(c -> {
            Jdbc.update(c, "UPDATE core_user SET password_hash = ? WHERE id = ?", auth.hasher().hash(in.password()), caller.userId());
            return new CredentialChange(auth.endOtherSessions(c, caller.userId(), session), auth.revokeTokens(c, caller.userId()));
        });
        audit.ok(caller, "users.password.change", "user", caller.userId(),
                ended.sessionsEnded() + " sessions, " + ended.tokensRevoked() + " tokens ended");
        return ended;
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
        return db.read(c -> Jdbc.list(c, "SELECT * FROM core_api_token WHERE user_id = ? ORDER BY id",
                rs -> new Token(rs.getLong("id"), rs.getString("name"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "expires_at"),
                        rs.getBoolean("revoked"), null), userId));
    }

    @POST
    @Path("me/tokens")
    public Response createToken(TokenRequest in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = access.caller(sc);
        int max = auth.tokenMaxDays();
        if (in.days() > max) {
            throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("days", "OUT_OF_RANGE", "有效天数最多为" + max + "天")));
        }
        String token = "wfed_" + PasswordHasher.randomToken();
        Instant now = Instant.now();
        Instant expires = now.plus(java.time.Duration.ofDays(in.days()));
        long id = db.write(c -> Jdbc.insert(c, "INSERT INTO core_api_token (user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                caller.userId(), in.name(), PasswordHasher.sha256(token), now, expires));
        audit.ok(caller, "users.token.create", "token", id, in.name());
        return Response.status(201).entity(new Token(id, in.name(), now, expires, false, token)).build();
    }

    @DELETE
    @Path("me/tokens/{tokenId}")
    public Response revokeToken(@PathParam("tokenId") long tokenId, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        revoke(caller, caller.userId(), tokenId);
        return Response.noContent().build();
    }

    private void revoke(Caller caller, long userId, long tokenId) {
        int n = db.write(c -> Jdbc.update(c, "UPDATE core_api_token SET revoked = TRUE WHERE id = ? AND user_id = ?", tokenId, userId));
        if (n == 0) {
            throw WfedException.notFound("令牌 " + tokenId);
        }
        audit.ok(caller, "users.token.revoke", "token", tokenId, "user " + userId);
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
        return db.read(c -> Jdbc.one(c, USER_SELECT + " WHERE u.id = ?", UserResource::user, id))
                .orElseThrow(() -> WfedException.notFound("用户 " + id));
    }


    private static User user(ResultSet rs) throws SQLException {
        Instant locked = Jdbc.instant(rs, "locked_until");
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getLong("unit_id"),
                rs.getString("unit_name"), AuthService.parseRoles(rs.getString("roles")), rs.getBoolean("enabled"),
                locked != null && locked.isAfter(Instant.now()), rs.getString("totp_secret") != null, rs.getInt("version"));
    }
}
