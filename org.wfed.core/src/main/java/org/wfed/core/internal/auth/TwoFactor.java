package org.wfed.core.internal.auth;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.Role;
import org.wfed.core.WfedException;
import org.wfed.core.internal.Settings;

/**
 * Two-factor sign-in (双因素认证): a TOTP secret per user with ten one-use recovery codes, and the
 * rule of who must have it (setting {@code twoFactor}: {@code admins} — system admins and holders of a
 * permission that asks for it — by default, {@code everyone}, or {@code none}); anyone may turn it on.
 */
@Component(service = TwoFactor.class, configurationPid = "org.wfed.security")
public final class TwoFactor {
    static final String ISSUER = "wfed";
    private static final int RECOVERY_CODES = 10;

    /** What a user sees to set up her authenticator app: the secret and the otpauth link. */
    public record Enrolment(String secret, String uri) {
    }

    private final BundleContext context;
    private final Database db;
    private final PermissionRegistry permissions;
    private volatile String mode;
    private volatile Set<String> extraPermissions;

    @Activate
    public TwoFactor(BundleContext context, SecurityConfig config, @Reference Database db, @Reference PermissionRegistry permissions) {
        this.context = context;
        this.db = db;
        this.permissions = permissions;
        configure(config);
    }

    @Modified
    void configure(SecurityConfig config) {
        String m = Settings.get(context, config.twoFactor(), "twoFactor", "admins").toLowerCase(Locale.ROOT);
        if (!Set.of("admins", "everyone", "none").contains(m)) {
            throw new IllegalArgumentException("twoFactor must be admins, everyone or none, not " + m);
        }
        mode = m;
        extraPermissions = java.util.Arrays.stream(Settings.get(context, config.twoFactorPermissions(), "twoFactorPermissions", "")
                .split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a user with these roles and permissions must sign in with two factors. */
    public boolean required(Set<Role> roles, Set<String> held) {
        if (mode.equals("none")) {
            return false;
        }
        if (mode.equals("everyone") || roles.contains(Role.SYSTEM_ADMIN)) {
            return true;
        }
        return held.stream().anyMatch(p -> extraPermissions.contains(p) || permissions.twoFactorPermissions().contains(p));
    }

    /** Whether the user has a confirmed TOTP secret. */
    public boolean enabled(Connection c, long userId) throws SQLException {
        return Jdbc.one(c, "SELECT totp_secret FROM core_user WHERE id = ?", rs -> rs.getString(1) != null, userId).orElse(false);
    }

    /** A new secret, pending until {@link #confirm} sees its first code; an enabled one stays until then. */
    public Enrolment start(long userId, String username) {
        String secret = Totp.newSecret();
        db.write(c -> Jdbc.update(c, "UPDATE core_user SET totp_pending = ? WHERE id = ?", secret, userId));
        return new Enrolment(secret, Totp.uri(ISSUER, username, secret));
    }

    /** Turns the pending secret on with its first code; answers the new recovery codes (shown once). */
    public List<String> confirm(Connection c, long userId, String code, Instant now) throws SQLException {
        String pending = Jdbc.one(c, "SELECT totp_pending FROM core_user WHERE id = ?", rs -> rs.getString(1), userId).orElse(null);
        if (pending == null) {
            throw WfedException.conflict("TOTP_NOT_STARTED", "请先生成新的密钥，再输入动态码", "Start the enrolment first");
        }
        long step = Totp.matchingStep(pending, code == null ? null : code.trim(), Totp.step(now.getEpochSecond()), 0);
        if (step < 0) {
            throw badCode();
        }
        Jdbc.update(c, "UPDATE core_user SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ?, totp_enabled_at = ?"
                + " WHERE id = ?", step, now, userId);
        return newRecoveryCodes(c, userId);
    }

    /** Replaces the recovery codes (after checking a current code); answers the new ones. */
    public List<String> renewRecoveryCodes(Connection c, long userId, String code, Instant now) throws SQLException {
        if (!verify(c, userId, code, now)) {
            throw badCode();
        }
        return newRecoveryCodes(c, userId);
    }

    /**
     * Checks a sign-in's second factor: a TOTP code not used before, or an unused recovery code (then
     * used up). Answers false for anything else.
     */
    public boolean verify(Connection c, long userId, String code, Instant now) throws SQLException {
        if (code == null || code.isBlank()) {
            return false;
        }
        String given = code.trim();
        record Secret(String secret, long lastStep) {
        }
        Secret s = Jdbc.one(c, "SELECT totp_secret, totp_last_step FROM core_user WHERE id = ? FOR UPDATE",
                rs -> new Secret(rs.getString(1), rs.getLong(2)), userId).orElse(null);
        if (s == null || s.secret() == null) {
            return false;
        }
        long step = Totp.matchingStep(s.secret(), given, Totp.step(now.getEpochSecond()), s.lastStep());
        if (step >= 0) {
            Jdbc.update(c, "UPDATE core_user SET totp_last_step = ? WHERE id = ?", step, userId);
            return true;
        }
        String hash = PasswordHasher.sha256(normalise(given));
        return Jdbc.update(c, "UPDATE core_recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
                now, userId, hash) == 1;
    }

    /** Removes the second factor (lost phone): the user sets it up anew at her next sign-in if she must. */
    public void reset(Connection c, long userId) throws SQLException {
        Jdbc.update(c, "UPDATE core_user SET totp_secret = NULL, totp_pending = NULL, totp_last_step = 0, totp_enabled_at = NULL"
                + " WHERE id = ?", userId);
        Jdbc.update(c, "DELETE FROM core_recovery_code WHERE user_id = ?", userId);
    }

    /** Unused recovery codes left. */
    public int recoveryCodesLeft(Connection c, long userId) throws SQLException {
        return (int) Jdbc.number(c, "SELECT COUNT(*) FROM core_recovery_code WHERE user_id = ? AND used_at IS NULL", userId);
    }

    private static List<String> newRecoveryCodes(Connection c, long userId) throws SQLException {
        Jdbc.update(c, "DELETE FROM core_recovery_code WHERE user_id = ?", userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String raw = Totp.newSecret().substring(0, 10).toLowerCase(Locale.ROOT);
            String code = raw.substring(0, 5) + "-" + raw.substring(5);
            Jdbc.update(c, "INSERT INTO core_recovery_code (user_id, code_hash) VALUES (?, ?)", userId, PasswordHasher.sha256(raw));
            codes.add(code);
        }
        return codes;
    }

    /** Recovery codes are compared without case, spaces or the dash. */
    private static String normalise(String code) {
        return code.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    static WfedException badCode() {
        return WfedException.invalidFields(List.of(new FieldError("code", "BAD_TOTP", "动态码不正确或已使用，请输入身份验证器上当前显示的6位数字")));
    }
}
