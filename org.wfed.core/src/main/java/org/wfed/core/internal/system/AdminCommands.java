package org.wfed.core.internal.system;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Role;
import org.wfed.core.internal.audit.AuditChain;
import org.wfed.core.internal.auth.Accounts;

/**
 * Commands for system admins in the Gogo shell ({@code wfed:modules}, {@code wfed:backup},
 * {@code wfed:resetpassword <user> <password>}, {@code wfed:unlock <user>}, {@code wfed:auditverify},
 * {@code wfed:totpenrol <user>} then {@code wfed:totpconfirm <user> <code>}, {@code wfed:totpreset <user>}).
 * The shell is off unless wfed is started with WFED_SHELL=1 on its own terminal; commands act as the
 * audited user "shell".
 */
@Component(service = AdminCommands.class, property = {
        "osgi.command.scope=wfed",
        "osgi.command.function=modules",
        "osgi.command.function=plugins",
        "osgi.command.function=backup",
        "osgi.command.function=resetpassword",
        "osgi.command.function=unlock",
        "osgi.command.function=auditverify",
        "osgi.command.function=totpenrol",
        "osgi.command.function=totpconfirm",
        "osgi.command.function=totpreset"})
public final class AdminCommands {
    private static final Caller SHELL = new Caller(0, "shell", "命令行", 0, "/", Set.of(Role.SYSTEM_ADMIN), Set.of());

    private final SystemResource system;
    private final PluginWatch plugins;
    private final BackupService backups;
    private final Accounts accounts;
    private final AuditLog audit;
    private final AuditChain chain;

    @Activate
    public AdminCommands(@Reference SystemResource system, @Reference PluginWatch plugins, @Reference BackupService backups,
                         @Reference Accounts accounts, @Reference AuditLog audit, @Reference AuditChain chain) {
        this.system = system;
        this.plugins = plugins;
        this.backups = backups;
        this.accounts = accounts;
        this.audit = audit;
        this.chain = chain;
    }

    /** wfed's bundles and their state. */
    public String modules() {
        return system.wfedBundles().stream()
                .map(b -> String.format("%-4d %-40s %-14s %s%s", b.id(), b.symbolicName(), b.version(), b.state(), b.plugin() ? " (plugin)" : ""))
                .collect(Collectors.joining("\n"));
    }

    /** Plugins and why any of them does not run. */
    public String plugins() {
        List<PluginWatch.Plugin> list = plugins.plugins();
        if (list.isEmpty()) {
            return "no plugins";
        }
        return list.stream().map(p -> p.symbolicName() + " " + p.version() + " " + p.state() + (p.problem() == null ? "" : "\n  " + p.problem()))
                .collect(Collectors.joining("\n"));
    }

    /** Online backup; prints the folder to restore from. */
    public String backup() {
        BackupService.Backup b = backups.backup(SHELL);
        return b.method().equals("pg_dump") ? "pg_dump written to " + b.restoreFrom() + "; restore it with pg_restore (docs/scaling.md)"
                : "backup written; restore with WFED_RESTORE_FROM=" + b.restoreFrom().getPath();
    }

    public String resetpassword(String username, String password) {
        long id = accounts.idOf(username);
        var ended = accounts.setPassword(id, username, password);
        audit.ok(SHELL, "users.password.reset", "user", id, "shell");
        return "password of " + username + " reset; " + ended.sessionsEnded() + " sessions ended, " + ended.tokensRevoked()
                + " API tokens revoked";
    }

    /** Recomputes the audit log's hash chain; prints whether it holds or its first broken link. */
    public String auditverify() {
        AuditChain.Verification v = chain.verify();
        audit.record(SHELL, "audit.verify", "audit", null, v.intact() ? AuditLog.Outcome.OK : AuditLog.Outcome.FAILED, "shell");
        String head = "head block " + v.headSeq() + " hash " + v.headHash();
        return v.intact() ? "audit chain intact: " + v.entriesChecked() + " entries in " + v.blocksChecked() + " blocks checked, "
                + v.notYetChained() + " not chained yet; " + head
                : "audit chain BROKEN at block " + v.brokenAtSeq() + " (entry " + v.brokenAtEntry() + "): " + v.problem()
                + "; " + v.entriesChecked() + " entries before it hold";
    }

    /** Starts two-factor enrolment for a user: prints the secret for her authenticator app. */
    public String totpenrol(String username) {
        long id = accounts.idOf(username);
        var e = accounts.twoFactor().start(id, username);
        audit.ok(SHELL, "auth.2fa.start", "user", id, "shell");
        return "secret for " + username + ": " + e.secret() + "\n" + e.uri()
                + "\nenter it in the authenticator app, then: wfed:totpconfirm " + username + " <code>";
    }

    /** Confirms an enrolment with the app's first code; prints the recovery codes (shown once). */
    public String totpconfirm(String username, String code) {
        long id = accounts.idOf(username);
        java.util.List<String> codes = accounts.confirmTwoFactor(id, code);
        audit.ok(SHELL, "auth.2fa.enable", "user", id, "shell");
        return "two-factor sign-in on for " + username + "; recovery codes (each works once):\n" + String.join("\n", codes);
    }

    /** Removes a user's second factor (lost phone); she sets it up anew at her next sign-in. */
    public String totpreset(String username) {
        long id = accounts.idOf(username);
        accounts.resetTwoFactor(id);
        audit.ok(SHELL, "auth.2fa.reset", "user", id, "shell");
        return "two-factor sign-in of " + username + " removed; her sessions ended";
    }

    public String unlock(String username) {
        long id = accounts.idOf(username);
        accounts.unlock(id);
        audit.ok(SHELL, "users.unlock", "user", id, "shell");
        return username + " unlocked";
    }
}
