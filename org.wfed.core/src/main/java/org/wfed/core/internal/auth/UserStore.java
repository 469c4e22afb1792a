package org.wfed.core.internal.auth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.Jdbc;
import org.wfed.core.internal.auth.UserResource.Token;
import org.wfed.core.internal.auth.UserResource.User;

/** The SQL of accounts ({@code core_user}) and API tokens ({@code core_api_token}), on the caller's connection. */
@Component(service = UserStore.class)
public final class UserStore {
    private static final String USER_SELECT = "SELECT u.id, u.username, u.display_name, u.unit_id, un.name AS unit_name, u.roles,"
            + " u.enabled, u.locked_until, u.totp_secret, u.version FROM core_user u JOIN core_unit un ON un.id = u.unit_id";
    private static final String IN_SUBTREE = USER_SELECT + " WHERE un.path LIKE ? ORDER BY un.path, u.username";
    private static final String BY_ID = USER_SELECT + " WHERE u.id = ?";
    private static final String COUNT_USERNAME = "SELECT COUNT(*) FROM core_user WHERE username = ?";
    private static final String INSERT = "INSERT INTO core_user (username, display_name, unit_id, roles, password_hash, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE core_user SET display_name = ?, unit_id = ?, roles = ?, enabled = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";
    private static final String PASSWORD_HASH = "SELECT password_hash FROM core_user WHERE id = ?";
    private static final String SET_PASSWORD_HASH = "UPDATE core_user SET password_hash = ? WHERE id = ?";
    private static final String TOKENS = "SELECT id, name, created_at, expires_at, revoked FROM core_api_token WHERE user_id = ? ORDER BY id";
    private static final String INSERT_TOKEN = "INSERT INTO core_api_token (user_id, name, token_hash, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String REVOKE_TOKEN = "UPDATE core_api_token SET revoked = TRUE WHERE id = ? AND user_id = ?";

    /** The accounts of the units whose path starts with {@code path}, by unit and name. */
    List<User> inSubtree(Connection c, String path) throws SQLException {
        return Jdbc.list(c, IN_SUBTREE, UserStore::user, path + "%");
    }

    Optional<User> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, BY_ID, UserStore::user, id);
    }

    boolean usernameTaken(Connection c, String username) throws SQLException {
        return Jdbc.number(c, COUNT_USERNAME, username) > 0;
    }

    long insert(Connection c, UserResource.NewUser in, String passwordHash, Instant createdAt) throws SQLException {
        return Jdbc.insert(c, INSERT, in.username(), in.displayName(), in.unitId(), AuthService.formatRoles(in.roles()), passwordHash,
                createdAt);
    }

    /** Updates the account at the given version, or 409. */
    void update(Connection c, long id, UserResource.UserUpdate in) throws SQLException {
        Jdbc.updateVersioned(c, "core_user", id, UPDATE, in.displayName(), in.unitId(), AuthService.formatRoles(in.roles()),
                in.enabled(), id, in.version());
    }

    Optional<String> passwordHash(Connection c, long userId) throws SQLException {
        return Jdbc.one(c, PASSWORD_HASH, rs -> rs.getString(1), userId);
    }

    void setPasswordHash(Connection c, long userId, String hash) throws SQLException {
        Jdbc.update(c, SET_PASSWORD_HASH, hash, userId);
    }

    /** The user's API tokens, never their secret. */
    List<Token> tokens(Connection c, long userId) throws SQLException {
        return Jdbc.list(c, TOKENS, rs -> new Token(rs.getLong("id"), rs.getString("name"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "expires_at"), rs.getBoolean("revoked"), null), userId);
    }

    long insertToken(Connection c, long userId, String name, String tokenHash, Instant createdAt, Instant expiresAt) throws SQLException {
        return Jdbc.insert(c, INSERT_TOKEN, userId, name, tokenHash, createdAt, expiresAt);
    }

    /** Revokes the user's token; how many rows changed (0: not hers or absent). */
    int revokeToken(Connection c, long userId, long tokenId) throws SQLException {
        return Jdbc.update(c, REVOKE_TOKEN, tokenId, userId);
    }

    private static User user(ResultSet rs) throws SQLException {
        Instant locked = Jdbc.instant(rs, "locked_until");
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getLong("unit_id"),
                rs.getString("unit_name"), AuthService.parseRoles(rs.getString("roles")), rs.getBoolean("enabled"),
                locked != null && locked.isAfter(Instant.now()), rs.getString("totp_secret") != null, rs.getInt("version"));
    }
}
