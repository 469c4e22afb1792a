package org.wfed.core.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.WfedException;
import org.wfed.core.internal.auth.UserResource.CredentialChange;
import org.wfed.core.internal.auth.UserResource.NewUser;
import org.wfed.core.internal.auth.UserResource.PasswordChange;
import org.wfed.core.internal.auth.UserResource.Token;
import org.wfed.core.internal.auth.UserResource.TokenRequest;
import org.wfed.core.internal.auth.UserResource.User;
import org.wfed.core.internal.auth.UserResource.UserUpdate;

/**
 * The rules of accounts and API tokens behind {@code /api/users}: unique usernames, the password policy, sessions
 * ended when an account changes, tokens shown once; each write one transaction, audited. The resource has checked
 * that the caller may manage the account; the SQL is {@link UserStore}'s.
 */
@Component(service = UserService.class)
public final class UserService {
    private final Database db;
    private final UserStore store;
    private final AuthService auth;
    private final AuditLog audit;

    @Activate
    public UserService(@Reference Database db, @Reference UserStore store, @Reference AuthService auth, @Reference AuditLog audit) {
        this.db = db;
        this.store = store;
        this.auth = auth;
        this.audit = audit;
    }

    /** The accounts of the subtree whose path is {@code path}. */
    public List<User> inSubtree(String path) {
        return db.read(c -> store.inSubtree(c, path));
    }

    /** The account, or 404. */
    public User get(long id) {
        return db.read(c -> store.find(c, id)).orElseThrow(() -> WfedException.notFound("用户 " + id));
    }

    public User create(Caller caller, NewUser in) {
        auth.policy().check(in.password(), in.username());
        long id = db.write(c -> {
            if (store.usernameTaken(c, in.username())) {
                throw WfedException.conflict("DUPLICATE_USERNAME", "用户名已存在", "Username taken");
            }
            return store.insert(c, in, auth.hasher().hash(in.password()), Instant.now());
        });
        audit.ok(caller, "users.create", "user", id, in.username() + " " + in.roles());
        return get(id);
    }

    /** Updates the account; a change of unit, roles or a disabling ends its sessions. */
    public User update(Caller caller, User existing, UserUpdate in) {
        long id = existing.id();
        if (id == caller.userId() && (!in.enabled() || !in.roles().equals(existing.roles()))) {
            throw WfedException.invalid("OWN_ACCOUNT", "不能停用自己的账户或修改自己的角色", "You cannot disable yourself or change your own roles");
        }
        db.write(c -> {
            store.update(c, id, in);
            if (!in.enabled() || in.unitId() != existing.unitId() || !in.roles().equals(existing.roles())) {
                auth.endSessions(c, id);
            }
            return null;
        });
        audit.ok(caller, "users.update", "user", id, in.roles() + (in.enabled() ? "" : " disabled"));
        return get(id);
    }

    /**
     * The caller changes her own password: the old one first; every other session and every API token stop working,
     * so whoever knew the old password is out.
     */
    public CredentialChange changeOwnPassword(Caller caller, PasswordChange in, String session) {
        String hash = db.read(c -> store.passwordHash(c, caller.userId())).orElseThrow();
        if (in.oldPassword() == null || !auth.hasher().matches(in.oldPassword(), hash)) {
            throw WfedException.invalidFields(List.of(new FieldError("oldPassword", "WRONG", "原密码不正确")));
        }
        auth.policy().check(in.password(), caller.username());
        CredentialChange ended = db.write(c -> {
            store.setPasswordHash(c, caller.userId(), auth.hasher().hash(in.password()));
            return new CredentialChange(auth.endOtherSessions(c, caller.userId(), session), auth.revokeTokens(c, caller.userId()));
        });
        audit.ok(caller, "users.password.change", "user", caller.userId(),
                ended.sessionsEnded() + " sessions, " + ended.tokensRevoked() + " tokens ended");
        return ended;
    }

    public List<Token> tokens(long userId) {
        return db.read(c -> store.tokens(c, userId));
    }

    /** A new API token of the caller, at most the configured days; its secret is in the answer only. */
    public Token createToken(Caller caller, TokenRequest in) {
        int max = auth.tokenMaxDays();
        if (in.days() > max) {
            throw WfedException.invalidFields(List.of(new FieldError("days", "OUT_OF_RANGE", "有效天数最多为" + max + "天")));
        }
        String token = "wfed_" + PasswordHasher.randomToken();
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofDays(in.days()));
        long id = db.write(c -> store.insertToken(c, caller.userId(), in.name(), PasswordHasher.sha256(token), now, expires));
        audit.ok(caller, "users.token.create", "token", id, in.name());
        return new Token(id, in.name(), now, expires, false, token);
    }

    /** Revokes a token of the user, or 404. */
    public void revokeToken(Caller caller, long userId, long tokenId) {
        int n = db.write(c -> store.revokeToken(c, userId, tokenId));
        if (n == 0) {
            throw WfedException.notFound("令牌 " + tokenId);
        }
        audit.ok(caller, "users.token.revoke", "token", tokenId, "user " + userId);
    }
}
