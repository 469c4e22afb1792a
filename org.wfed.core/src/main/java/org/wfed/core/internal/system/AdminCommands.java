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
import org.wfed.core.internal.auth.Accounts;

/**
 * Commands for system admins in the Gogo shell ({@code wfed:modules}, {@code wfed:backup},
 * {@code wfed:resetpassword <user> <password>}, {@code wfed:unlock <user>}). The shell is off unless
 * wfed is started with WFED_SHELL=1 on its own terminal; commands act as the audited user "shell".
 */
@Component(service = AdminCommands.class, property = {
        "osgi.command.scope=wfed",
        "osgi.command.function=modules",
        "osgi.command.function=plugins",
        "osgi.command.function=backup",
        "osgi.command.function=resetpassword",
        "osgi.command.function=unlock"})
public final class AdminCommands {
    private static final Caller SHELL = new Caller(0, "shell", "命令行", 0, "/", Set.of(Role.SYSTEM_ADMIN), Set.of());

    private final SystemResource system;
    private final PluginWatch plugins;
    private final BackupService backups;
    private final Accounts accounts;
    private final AuditLog audit;

    @Activate
    public AdminCommands(@Reference SystemResource system, @Reference PluginWatch plugins, @Reference BackupService backups,
                         @Reference Accounts accounts, @Reference AuditLog audit) {
        this.system = system;
        this.plugins = plugins;
        this.backups = backups;
        this.accounts = accounts;
        this.audit = audit;
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
        return "backup written; restore with WFED_RESTORE_FROM=" + backups.backup(SHELL).getPath();
    }

    public String resetpassword(String username, String password) {
        long id = accounts.idOf(username);
        accounts.setPassword(id, username, password);
        audit.ok(SHELL, "users.password.reset", "user", id, "shell");
        return "password of " + username + " reset; her sessions ended";
    }

    public String unlock(String username) {
        long id = accounts.idOf(username);
        accounts.unlock(id);
        audit.ok(SHELL, "users.unlock", "user", id, "shell");
        return username + " unlocked";
    }
}
