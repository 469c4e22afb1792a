package org.wfed.core.internal.auth;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.WfedException;

/** Password resets and unlocking, shared by the users API and the admin shell. */
@Component(service = Accounts.class)
public final class Accounts {
    private final Database db;
    private final AuthService auth;

    @Activate
    public Accounts(@Reference Database db, @Reference AuthService auth) {
        this.db = db;
        this.auth = auth;
    }

    public long idOf(String username) {
        return db.read(c -> Jdbc.one(c, "SELECT id FROM core_user WHERE username = ?", rs -> rs.getLong(1), username))
                .orElseThrow(() -> WfedException.notFound("用户 " + username));
    }

    /**
     * Sets a password that passes the policy; every session and every API token of the user end, so that
     * whoever knew the old password (or a token made with it) is out.
     */
    public UserResource.CredentialChange setPassword(long userId, String username, String password) {
        auth.policy().check(password, username);
        return db.write(c -> {
            Jdbc.update(c, "UPDATE core_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?",
                    auth.hasher().hash(password), userId);
            return new UserResource.CredentialChange(auth.endSessions(c, userId), auth.revokeTokens(c, userId));
        });
    }

    /** Removes the user's second factor and ends her sessions: she sets it up anew at her next sign-in. */
    public void resetTwoFactor(long userId) {
        db.write(c -> {
            auth.twoFactor().reset(c, userId);
            auth.endSessions(c, userId);
            return null;
        });
    }

    public TwoFactor twoFactor() {
        return auth.twoFactor();
    }

    /** Turns a pending enrolment on with its first code (admin shell); answers the recovery codes. */
    public java.util.List<String> confirmTwoFactor(long userId, String code) {
        return db.write(c -> auth.twoFactor().confirm(c, userId, code, java.time.Instant.now()));
    }

    public void unlock(long userId) {
        db.write(c -> Jdbc.update(c, "UPDATE core_user SET failed_logins = 0, locked_until = NULL WHERE id = ?", userId));
    }
}
