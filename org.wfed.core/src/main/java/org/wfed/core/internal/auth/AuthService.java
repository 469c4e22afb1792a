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
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Cluster;
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
 * (and a burst of them) cost one query; sign-out and {@link #endSessions} drop it at once, on this node and
 * (through {@link Cluster}) on the others once their notice arrives: at most {@link #REREAD_AFTER} later.
 */
@Component(service = {AuthService.class, Sessions.class}, configurationPid = "org.wfed.security")
@Designate(ocd = SecurityConfig.class)
public final class AuthService implements Sessions {

    /**
     * A signed-in browser session: who, the CSRF token her writes must carry, and whether she must set up
     * her second sign-in factor before anything else ({@code mustEnrol}).
     */
    public record Session(Caller caller, String csrfToken, boolean mustEnrol) {
    }

    /** What a successful sign-in hands back. */
    public record Login(String sessionToken, String csrfToken, Caller caller, boolean mustEnrol) {
    }

    private static final String CALLER_COLUMNS =
            "u.id, u.username, u.display_name, u.unit_id, u.roles, u.enabled, un.path";
    private static final String SESSION_BY_TOKEN = "SELECT s.csrf_token, s.last_seen, s.must_enrol, " + CALLER_COLUMNS
            + " FROM core_session s JOIN core_user u ON u.id = s.user_id JOIN core_unit un ON un.id = u.unit_id"
            + " WHERE s.token_hash = ?";
    private static final String CALLER_BY_TOKEN = "SELECT " + CALLER_COLUMNS
            + " FROM core_api_token t JOIN core_user u ON u.id = t.user_id JOIN core_unit un ON un.id = u.unit_id"
            + " WHERE t.token_hash = ? AND t.revoked = FALSE AND (t.expires_at IS NULL OR t.expires_at > ?) AND t.created_at > ?";
    private static final String CALLER_BY_ID = "SELECT " + CALLER_COLUMNS
            + " FROM core_user u JOIN core_unit un ON un.id = u.unit_id WHERE u.id = ?";
    /** last_seen is written at most this often, so reads stay reads. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);
    /**
     * How long a session read from the database is trusted before it is read again: the longest a
     * change made elsewhere (roles or unit changed, the unit moved) takes to reach a signed-in user.
     */
    static final Duration REREAD_AFTER = Duration.ofSeconds(2);
    /**
     * Told to every node when sessions end (sign-out, password reset, disabling, new roles or unit) or change
     * (the second factor enrolled).
     */
    static final String SESSIONS_ENDED = "core.sessions-ended";
    /** Sessions kept in memory at most; beyond it the cache starts afresh (memory stays bounded). */
    private static final int MAX_CACHED = 10_000;

    private final Database db;
    private final PermissionRegistry permissions;
    private final AuditLog audit;
    private final TwoFactor twoFactor;
    private final BundleContext context;
    private final Cluster cluster;
    private final AutoCloseable listening;
    private volatile PasswordHasher hasher;
    private volatile PasswordPolicy policy;
    private volatile int maxFailed;
    private volatile Duration lockout;
    private volatile Duration timeout;
    private volatile int tokenMaxDays;
    private volatile LoginThrottle throttle;
    /** A hash of a random password, checked for unknown usernames so that they take as long as real ones. */
    private volatile String dummyHash;
    /** Sessions recently read, by token hash: the session, when it was last seen, when it was read. */
    private final Map<String, Cached> recent = new ConcurrentHashMap<>();

    private record Cached(Session session, Instant lastSeen, Instant readAt) {
    }

    @Activate
    public AuthService(BundleContext context, SecurityConfig config, @Reference Database db,
                       @Reference PermissionRegistry permissions, @Reference AuditLog audit, @Reference TwoFactor twoFactor,
                       @Reference Cluster cluster) {
        this.context = context;
        this.db = db;
        this.permissions = permissions;
        this.audit = audit;
        this.twoFactor = twoFactor;
        this.cluster = cluster;
        configure(config);
        // a session ended on another node: read every session again on its next request
        this.listening = cluster.onChange(SESSIONS_ENDED, recent::clear);
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
    }

    @Modified
    void configure(SecurityConfig config) {
        // the dummy hash is made before the new hasher is used, so that an unknown user never costs less than a known one;
        // not a real hash (600,000 rounds of PBKDF2 were a quarter of the start thread's time at start-up) but one as slow to check
        PasswordHasher next = new PasswordHasher(Settings.getInt(context, config.passwordIterations(), "passwordIterations", 600_000));
        dummyHash = next.unmatchable();
        hasher = next;
        policy = new PasswordPolicy(Settings.getInt(context, config.passwordMinLength(), "passwordMinLength", 10));
        maxFailed = Settings.getInt(context, config.maxFailedLogins(), "maxFailedLogins", 5);
        lockout = Duration.ofMinutes(Settings.getInt(context, config.lockoutMinutes(), "lockoutMinutes", 15));
        timeout = Duration.ofMinutes(Settings.getInt(context, config.sessionTimeout(), "sessionTimeout", 30));
        tokenMaxDays = Settings.getInt(context, config.tokenMaxDays(), "tokenMaxDays", 90);
        throttle = new LoginThrottle(Settings.getInt(context, config.loginThrottleAccount(), "loginThrottleAccount", 3),
                Settings.getInt(context, config.loginThrottleAddress(), "loginThrottleAddress", 10));
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

    /** The longest life of an API token, in days. */
    public int tokenMaxDays() {
        return tokenMaxDays;
    }

    public TwoFactor twoFactor() {
        return twoFactor;
    }

    Database db() {
        return db;
    }

    private record Account(long id, String hash, Instant lockedUntil, boolean enabled, boolean totp) {
    }

    /**
     * Checks the password (and the second factor, when the user has one), counts failures and locks.
     * A wrong password answers the same for every username, known or not, locked or disabled or not,
     * in the same time (one PBKDF2 either way); "locked" and "disabled" are told only to someone who
     * gave the right password. Before any of that, too many recent failures of the username or the
     * address answer 429 (see {@link LoginThrottle}).
     */
    public Login login(String username, String password, String code, String address) {
        Instant now = Instant.now();
        throttle.check(address, username, now);
        Optional<Account> found = db.read(c -> Jdbc.one(c,
                "SELECT id, password_hash, locked_until, enabled, totp_secret FROM core_user WHERE username = ?",
                rs -> new Account(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, "locked_until"), rs.getBoolean(4),
                        rs.getString(5) != null), username));
        boolean right = hasher.matches(password, found.map(Account::hash).orElse(dummyHash));
        if (found.isEmpty() || !right) {
            failed(found.orElse(null), username, address, now, found.isEmpty() ? "unknown user" : "wrong password");
            throw wrongCredentials();
        }
        Account a = found.get();
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
            auditAnonymous(username, "auth.login", "locked");
            throw locked(a.lockedUntil());
        }
        if (!a.enabled()) {
            auditAnonymous(username, "auth.login", "disabled");
            throw new WfedException(401, "ACCOUNT_DISABLED", "该账户已停用，请联系管理员", "Account disabled");
        }
        if (a.totp()) {
            if (code == null || code.isBlank()) {
                throw new WfedException(401, "TOTP_REQUIRED", "请输入身份验证器上的6位动态码（或一个恢复码）",
                        "Enter the 6-digit code of your authenticator app (or a recovery code)");
            }
            if (!db.write(c -> twoFactor.verify(c, a.id(), code, now))) {
                failed(a, username, address, now, "wrong second factor");
                throw new WfedException(401, "BAD_TOTP", "动态码不正确或已使用，请输入身份验证器上当前显示的6位数字",
                        "Wrong or used code; enter the one your authenticator shows now");
            }
        }
        String token = PasswordHasher.randomToken();
        String csrf = PasswordHasher.randomToken();
        boolean[] mustEnrol = new boolean[1];
        Caller caller = db.write(c -> {
            Caller who = callerById(c, a.id()).orElseThrow();
            mustEnrol[0] = !a.totp() && twoFactor.required(who.roles(), who.permissions());
            // a hash made with fewer iterations than configured now is made again, so that every
            // account costs the same time to check (and an old, cheaper hash does not stay behind)
            String rehash = hasher.outdated(a.hash()) ? hasher.hash(password) : a.hash();
            Jdbc.update(c, "UPDATE core_user SET failed_logins = 0, locked_until = NULL, password_hash = ? WHERE id = ?", rehash, a.id());
            Jdbc.update(c, "INSERT INTO core_session (token_hash, user_id, csrf_token, created_at, last_seen, must_enrol)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", PasswordHasher.sha256(token), a.id(), csrf, now, now, mustEnrol[0]);
            audit.ok(c, who, "auth.login", "user", who.userId(), a.totp() ? "two factors" : mustEnrol[0] ? "must enrol a second factor" : null);
            return who;
        });
        throttle.succeeded(username);
        return new Login(token, csrf, caller, mustEnrol[0]);
    }

    /** One failed sign-in: counted against the username and the address, and against the account (which may lock). */
    private void failed(Account a, String username, String address, Instant now, String why) {
        throttle.failed(address, username, now);
        Caller nobody = anonymous(username);
        if (a == null || (a.lockedUntil() != null && a.lockedUntil().isAfter(now))) {
            audit.record(nobody, "auth.login", "user", null, AuditLog.Outcome.DENIED, why);
            return;
        }
        // counted in the database, under the row's lock: failures sent at once (to one node or to several)
        // each count, so parallel guessing cannot outrun the lock-out
        db.write(c -> {
            Jdbc.update(c, "UPDATE core_user SET failed_logins = failed_logins + 1 WHERE id = ?", a.id());
            boolean lock = Jdbc.number(c, "SELECT failed_logins FROM core_user WHERE id = ?", a.id()) >= maxFailed;
            if (lock) {
                Jdbc.update(c, "UPDATE core_user SET failed_logins = 0, locked_until = ? WHERE id = ?", now.plus(lockout), a.id());
            }
            audit.record(c, nobody, "auth.login", "user", null, AuditLog.Outcome.DENIED, lock ? why + ", locked" : why);
            return null;
        });
    }

    static WfedException wrongCredentials() {
        return new WfedException(401, "BAD_CREDENTIALS", "用户名或密码错误", "Wrong username or password");
    }

    private WfedException locked(Instant until) {
        long minutes = Math.max(1, Duration.between(Instant.now(), until).toMinutes() + 1);
        return new WfedException(401, "ACCOUNT_LOCKED", "登录失败次数过多，账户已锁定，请" + minutes + "分钟后再试或联系管理员解锁",
                "Too many failed sign-ins; the account is locked for " + minutes + " minutes");
    }

    private static Caller anonymous(String username) {
        return new Caller(0, username == null ? "" : username.substring(0, Math.min(50, username.length())), "", 0, "/",
                Set.of(), Set.of());
    }

    private void auditAnonymous(String username, String action, String detail) {
        audit.record(anonymous(username), action, "user", null, AuditLog.Outcome.DENIED, detail);
    }

    /** The session of a cookie token, if it exists and has not idled out. */
    public Optional<Session> session(String token) {
        String hash = PasswordHasher.sha256(token);
        Instant now = Instant.now();
        Cached known = recent.get(hash);
        if (known == null || known.readAt().plus(REREAD_AFTER).isBefore(now)) {
            known = db.read(c -> Jdbc.one(c, SESSION_BY_TOKEN,
                    rs -> new Cached(new Session(caller(rs), rs.getString("csrf_token"), rs.getBoolean("must_enrol")),
                            Jdbc.instant(rs, "last_seen"), now),
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

    /** The caller of a session that has both its factors (a session that must still enrol one does not count). */
    @Override
    public Optional<Caller> caller(String cookieValue) {
        return cookieValue == null || cookieValue.isBlank() ? Optional.empty()
                : session(cookieValue).filter(s -> !s.mustEnrol()).map(Session::caller);
    }

    /** The caller of a Bearer API token that is neither revoked, nor expired, nor older than the longest token life. */
    public Optional<Caller> bearer(String token) {
        Instant now = Instant.now();
        return db.read(c -> Jdbc.one(c, CALLER_BY_TOKEN, this::caller, PasswordHasher.sha256(token), now,
                now.minus(Duration.ofDays(tokenMaxDays))));
    }

    /** The session of this token has its second factor now: it may do everything its user may. */
    public void enrolled(Connection c, String token) throws SQLException {
        String hash = PasswordHasher.sha256(token);
        Jdbc.update(c, "UPDATE core_session SET must_enrol = FALSE WHERE token_hash = ?", hash);
        cluster.changed(c, SESSIONS_ENDED);
        recent.remove(hash);
    }

    public void logout(String token) {
        String hash = PasswordHasher.sha256(token);
        db.write(c -> {
            cluster.changed(c, SESSIONS_ENDED);
            return Jdbc.update(c, "DELETE FROM core_session WHERE token_hash = ?", hash);
        });
        recent.remove(hash);
    }

    /**
     * Ends every session of a user (password reset, disabling, new roles or unit), in the caller's
     * transaction; her sessions leave the memory at once (a request racing the commit may keep one
     * for at most {@link #REREAD_AFTER}).
     */
    public int endSessions(Connection c, long userId) throws SQLException {
        int n = Jdbc.update(c, "DELETE FROM core_session WHERE user_id = ?", userId);
        cluster.changed(c, SESSIONS_ENDED);
        recent.values().removeIf(k -> k.session().caller().userId() == userId);
        return n;
    }

    /** Ends every session of a user but the one of {@code keepToken} (her own password change); answers how many. */
    public int endOtherSessions(Connection c, long userId, String keepToken) throws SQLException {
        if (keepToken == null) {
            return endSessions(c, userId);
        }
        String keep = PasswordHasher.sha256(keepToken);
        int n = Jdbc.update(c, "DELETE FROM core_session WHERE user_id = ? AND token_hash <> ?", userId, keep);
        cluster.changed(c, SESSIONS_ENDED);
        recent.entrySet().removeIf(e -> e.getValue().session().caller().userId() == userId && !e.getKey().equals(keep));
        return n;
    }

    /** Revokes every API token of a user (her password changed); answers how many were still valid. */
    public int revokeTokens(Connection c, long userId) throws SQLException {
        return Jdbc.update(c, "UPDATE core_api_token SET revoked = TRUE WHERE user_id = ? AND revoked = FALSE", userId);
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
