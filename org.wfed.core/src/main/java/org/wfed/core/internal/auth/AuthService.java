package org.wfed.core.internal.auth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Role;
import org.wfed.core.Sessions;
import org.wfed.core.WfedException;
import org.wfed.core.internal.Settings;

/**
 * Sign-in, sessions and API tokens. Sessions live in the database (hashed), expire after the idle
 * timeout, and carry a CSRF token; repeated failed sign-ins lock the account for a while. A session
 * read from the database is kept in memory for {@link #REREAD_AFTER}, so the requests of one page
 * (and a burst of them) cost one query; sign-out and {@link #endSessions} drop it at once.
 */
@Component(service = {AuthService.class, Sessions.class}, configurationPid = "org.wfed.security")
@Designate(ocd = SecurityConfig.class)
public final class AuthService implements Sessions {

    /** A signed-in browser session: who, and the CSRF token her writes must carry. */
    public record Session(Caller caller, String csrfToken) {
    }

    /** What a successful sign-in hands back. */
    public record Login(String sessionToken, String csrfToken, Caller caller) {
    }

    private static final String CALLER_COLUMNS =
            "u.id, u.username, u.display_name, u.unit_id, u.roles, u.enabled, un.path";
    private static final String SESSION_BY_TOKEN = "SELECT s.csrf_token, s.last_seen, " + CALLER_COLUMNS
            + " FROM core_session s JOIN core_user u ON u.id = s.user_id JOIN core_unit un ON un.id = u.unit_id"
            + " WHERE s.token_hash = ?";
    private static final String CALLER_BY_TOKEN = "SELECT " + CALLER_COLUMNS
            + " FROM core_api_token t JOIN core_user u ON u.id = t.user_id JOIN core_unit un ON un.id = u.unit_id"
            + " WHERE t.token_hash = ? AND t.revoked = FALSE AND (t.expires_at IS NULL OR t.expires_at > ?)";
    private static final String CALLER_BY_ID = "SELECT " + CALLER_COLUMNS
            + " FROM core_user u JOIN core_unit un ON un.id = u.unit_id WHERE u.id = ?";
    /** last_seen is written at most this often, so reads stay reads. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);
    /**
     * How long a session read from the database is trusted before it is read again: the longest a
     * change made elsewhere (roles or unit changed, the unit moved) takes to reach a signed-in user.
     */
    static final Duration REREAD_AFTER = Duration.ofSeconds(2);
    /** Sessions kept in memory at most; beyond it the cache starts afresh (memory stays bounded). */
    private static final int MAX_CACHED = 10_000;

    private final Database db;
    private final PermissionRegistry permissions;
    private final AuditLog audit;
    private final BundleContext context;
    private volatile PasswordHasher hasher;
    private volatile PasswordPolicy policy;
    private volatile int maxFailed;
    private volatile Duration lockout;
    private volatile Duration timeout;
    /** Sessions recently read, by token hash: the session, when it was last seen, when it was read. */
    private final Map<String, Cached> recent = new ConcurrentHashMap<>();

    private record Cached(Session session, Instant lastSeen, Instant readAt) {
    }

    @Activate
    public AuthService(BundleContext context, SecurityConfig config, @Reference Database db,
                       @Reference PermissionRegistry permissions, @Reference AuditLog audit) {
        this.context = context;
        this.db = db;
        this.permissions = permissions;
        this.audit = audit;
        configure(config);
    }

    @Modified
    void configure(SecurityConfig config) {
        hasher = new PasswordHasher(Settings.getInt(context, config.passwordIterations(), "passwordIterations", 600_000));
        policy = new PasswordPolicy(Settings.getInt(context, config.passwordMinLength(), "passwordMinLength", 10));
        maxFailed = Settings.getInt(context, config.maxFailedLogins(), "maxFailedLogins", 5);
        lockout = Duration.ofMinutes(Settings.getInt(context, config.lockoutMinutes(), "lockoutMinutes", 15));
        timeout = Duration.ofMinutes(Settings.getInt(context, config.sessionTimeout(), "sessionTimeout", 30));
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public PasswordPolicy policy() {
        return policy;
    }

    public Duration sessionTimeout() {
        return timeout;
    }

    /** Checks the password, counts failures and locks; 401 with the reason a staff member can act on. */
    public Login login(String username, String password) {
        record Account(long id, String hash, int failed, Instant lockedUntil, boolean enabled) {
        }
        Optional<Account> found = db.read(c -> Jdbc.one(c,
                "SELECT id, password_hash, failed_logins, locked_until, enabled FROM core_user WHERE username = ?",
                rs -> new Account(rs.getLong(1), rs.getString(2), rs.getInt(3), Jdbc.instant(rs, "locked_until"), rs.getBoolean(5)),
                username));
        Instant now = Instant.now();
        WfedException wrong = new WfedException(401, "BAD_CREDENTIALS", "用户名或密码错误", "Wrong username or password");
        if (found.isEmpty()) {
            // spend the same time as a real check so that timing tells nothing about usernames
            hasher.matches(password, hasher.hash("x"));
            auditAnonymous(username, "auth.login", "unknown user");
            throw wrong;
        }
        Account a = found.get();
        if (!a.enabled()) {
            auditAnonymous(username, "auth.login", "disabled");
            throw new WfedException(401, "ACCOUNT_DISABLED", "该账户已停用，请联系管理员", "Account disabled");
        }
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
            auditAnonymous(username, "auth.login", "locked");
            throw locked(a.lockedUntil());
        }
        if (!hasher.matches(password, a.hash())) {
            int failed = a.failed() + 1;
            Instant until = failed >= maxFailed ? now.plus(lockout) : null;
            db.write(c -> Jdbc.update(c, "UPDATE core_user SET failed_logins = ?, locked_until = ? WHERE id = ?",
                    until == null ? failed : 0, until, a.id()));
            auditAnonymous(username, "auth.login", until == null ? "wrong password" : "wrong password, locked");
            throw until == null ? wrong : locked(until);
        }
        String token = PasswordHasher.randomToken();
        String csrf = PasswordHasher.randomToken();
        Caller caller = db.write(c -> {
            Jdbc.update(c, "UPDATE core_user SET failed_logins = 0, locked_until = NULL WHERE id = ?", a.id());
            Jdbc.update(c, "INSERT INTO core_session (token_hash, user_id, csrf_token, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
                    PasswordHasher.sha256(token), a.id(), csrf, now, now);
            return callerById(c, a.id()).orElseThrow();
        });
        audit.ok(caller, "auth.login", "user", caller.userId(), null);
        return new Login(token, csrf, caller);
    }

    private WfedException locked(Instant until) {
        long minutes = Math.max(1, Duration.between(Instant.now(), until).toMinutes() + 1);
        return new WfedException(401, "ACCOUNT_LOCKED", "登录失败次数过多，账户已锁定，请" + minutes + "分钟后再试或联系管理员解锁",
                "Too many failed sign-ins; the account is locked for " + minutes + " minutes");
    }

    private void auditAnonymous(String username, String action, String detail) {
        Caller nobody = new Caller(0, username == null ? "" : username.substring(0, Math.min(50, username.length())), "", 0, "/",
                Set.of(), Set.of());
        audit.record(nobody, action, "user", null, AuditLog.Outcome.DENIED, detail);
    }

    /** The session of a cookie token, if it exists and has not idled out. */
    public Optional<Session> session(String token) {
        String hash = PasswordHasher.sha256(token);
        Instant now = Instant.now();
        Cached known = recent.get(hash);
        if (known == null || known.readAt().plus(REREAD_AFTER).isBefore(now)) {
            known = db.read(c -> Jdbc.one(c, SESSION_BY_TOKEN,
                    rs -> new Cached(new Session(caller(rs), rs.getString("csrf_token")), Jdbc.instant(rs, "last_seen"), now),
                    hash)).orElse(null);
            if (known == null || known.session().caller() == null) {
                recent.remove(hash);
                return Optional.empty();
            }
        }
        if (known.lastSeen().plus(timeout).isBefore(now)) {
            recent.remove(hash);
            db.write(c -> Jdbc.update(c, "DELETE FROM core_session WHERE token_hash = ?", hash));
            return Optional.empty();
        }
        if (known.lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            db.write(c -> Jdbc.update(c, "UPDATE core_session SET last_seen = ? WHERE token_hash = ?", now, hash));
            known = new Cached(known.session(), now, known.readAt());
        }
        if (recent.size() >= MAX_CACHED) {
            recent.clear();
        }
        recent.put(hash, known);
        return Optional.of(known.session());
    }

    @Override
    public Optional<Caller> caller(String cookieValue) {
        return cookieValue == null || cookieValue.isBlank() ? Optional.empty() : session(cookieValue).map(Session::caller);
    }

    /** The caller of a Bearer API token. */
    public Optional<Caller> bearer(String token) {
        return db.read(c -> Jdbc.one(c, CALLER_BY_TOKEN, this::caller, PasswordHasher.sha256(token), Instant.now()));
    }

    public void logout(String token) {
        String hash = PasswordHasher.sha256(token);
        db.write(c -> Jdbc.update(c, "DELETE FROM core_session WHERE token_hash = ?", hash));
        recent.remove(hash);
    }

    /**
     * Ends every session of a user (password reset, disabling, new roles or unit), in the caller's
     * transaction; her sessions leave the memory at once (a request racing the commit may keep one
     * for at most {@link #REREAD_AFTER}).
     */
    public void endSessions(Connection c, long userId) throws SQLException {
        Jdbc.update(c, "DELETE FROM core_session WHERE user_id = ?", userId);
        recent.values().removeIf(k -> k.session().caller().userId() == userId);
    }

    public Optional<Caller> callerById(Connection c, long userId) throws SQLException {
        return Jdbc.one(c, CALLER_BY_ID, this::caller, userId);
    }

    /** A Caller from the {@link #CALLER_COLUMNS} of a row; null for a disabled user. */
    private Caller caller(ResultSet rs) throws SQLException {
        if (!rs.getBoolean("enabled")) {
            return null;
        }
        Set<Role> roles = parseRoles(rs.getString("roles"));
        return new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("unit_id"), rs.getString("path"), roles, permissions.grantedTo(roles));
    }

    public static Set<Role> parseRoles(String csv) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    public static String formatRoles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
