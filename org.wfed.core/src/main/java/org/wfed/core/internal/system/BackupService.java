package org.wfed.core.internal.system;

import java.io.File;
import java.sql.CallableStatement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.AuditLog;
import org.wfed.core.WfedException;
import org.wfed.core.internal.FileTrees;
import org.wfed.core.internal.Settings;
import org.wfed.core.internal.db.DatabaseService;
import org.wfed.core.internal.db.Dialect;
import org.wfed.core.internal.db.PgUrl;

/**
 * Online backup. On embedded Derby: Derby's {@code SYSCS_BACKUP_DATABASE}, a consistent copy while wfed keeps
 * serving, into {@code <data>/backups/<timestamp>/db}, with the modules' files beside it; restore with
 * WFED_RESTORE_FROM (see the README). On PostgreSQL the database is backed up by its own tools ({@code pg_dump},
 * continuous archiving for point-in-time recovery: docs/scaling.md): with {@code WFED_PG_DUMP} naming the
 * {@code pg_dump} program this runs it into {@code <data>/backups/<timestamp>/wfed.dump} (custom format, for
 * {@code pg_restore}); without it the answer says how to back up.
 */
@Component(service = BackupService.class)
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a backup wrote: the file or folder to restore from, and how it was made. */
    public record Backup(File restoreFrom, String method) {
    }

    private final DatabaseService db;
    private final AuditLog audit;
    private final String pgDump;
    private final String dbUser;
    private final String dbPassword;

    @Activate
    public BackupService(BundleContext context, @Reference DatabaseService db, @Reference AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.pgDump = Settings.get(context, null, "pgDump", null);
        this.dbUser = Settings.get(context, null, "dbUser", null);
        this.dbPassword = Settings.get(context, null, "dbPassword", null);
    }

    /** Backs up the database and the files into a new folder; answers what to restore from. */
    public synchronized Backup backup(Caller caller) {
        if (db.dialect() == Dialect.POSTGRES && pgDump == null) {
            throw WfedException.conflict("BACKUP_BY_POSTGRESQL",
                    "数据库为 PostgreSQL：请由数据库管理员用 pg_dump 或连续归档（PITR）备份，并备份共享文件目录（见 docs/scaling.md）",
                    "The database is PostgreSQL: back it up with pg_dump or continuous archiving (PITR), and the shared files"
                            + " folder too (docs/scaling.md); set WFED_PG_DUMP to let wfed run pg_dump");
        }
        File target = new File(new File(db.dataFolder(), "backups"), LocalDateTime.now().format(STAMP));
        // a backup holds every record: its folder is the owner's only, like the data folder (docs/security.md)
        FileTrees.ownerOnly(target.getParentFile().toPath());
        FileTrees.ownerOnly(target.toPath());
        // where the audit trail stood: a restore of this backup keeps the entries after it (AuditCarry)
        long lastAudit = db.read(c -> org.wfed.core.Jdbc.number(c, "SELECT MAX(id) FROM core_audit"));
        java.util.Properties info = new java.util.Properties();
        info.setProperty("auditId", String.valueOf(lastAudit));
        info.setProperty("takenAt", java.time.Instant.now().toString());
        try (var out = java.nio.file.Files.newBufferedWriter(new File(target, "backup.properties").toPath())) {
            info.store(out, "wfed backup");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write into " + target, e);
        }
        Backup done = db.dialect() == Dialect.POSTGRES ? dump(target) : derby(target);
        try {
            // the modules' files (photos, uploads) go beside the database copy
            FileTrees.copy(db.filesFolder(), new File(target, "files").toPath());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot copy the files into " + target, e);
        }
        audit.ok(caller, "system.backup", "backup", null, done.method() + " " + done.restoreFrom().getPath());
        return done;
    }

    private Backup derby(File target) {
        db.write(c -> {
            try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                cs.setString(1, target.getPath());
                cs.execute();
            }
            return null;
        });
        return new Backup(new File(target, "db"), "derby");
    }

    /** {@code pg_dump} of the whole database in custom format, one consistent snapshot while wfed serves. */
    private Backup dump(File target) {
        File file = new File(target, "wfed.dump");
        PgUrl url = PgUrl.parse(db.jdbcUrl());
        List<String> command = new ArrayList<>(List.of(pgDump, "--format=custom", "--no-owner", "--file=" + file.getPath(),
                "--host=" + url.host(), "--port=" + url.port(), "--dbname=" + url.database()));
        if (dbUser != null) {
            command.add("--username=" + dbUser);
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(target, "pg_dump.log"));
        if (dbPassword != null) {
            pb.environment().put("PGPASSWORD", dbPassword);
        }
        try {
            Process p = pb.start();
            if (!p.waitFor(6, TimeUnit.HOURS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("pg_dump failed (see " + new File(target, "pg_dump.log") + ")");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot run " + pgDump + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pg_dump ran", e);
        }
        // personal data, as Derby's backup files: the owner's only (pg_dump writes with the process's umask)
        try {
            java.nio.file.Files.setPosixFilePermissions(file.toPath(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the owner-only backups folder protects it
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot restrict " + file + " to its owner", e);
        }
        return new Backup(file, "pg_dump");
    }
}
