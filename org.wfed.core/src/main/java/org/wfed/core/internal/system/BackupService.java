package org.wfed.core.internal.system;

import java.io.File;
import java.sql.CallableStatement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.AuditLog;
import org.wfed.core.internal.FileTrees;
import org.wfed.core.internal.db.DerbyDatabase;

/**
 * Online backup with Derby's {@code SYSCS_BACKUP_DATABASE}: a consistent copy while wfed keeps
 * serving, into {@code <data>/backups/<timestamp>/db}. Restore with WFED_RESTORE_FROM (see the README).
 */
@Component(service = BackupService.class)
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DerbyDatabase db;
    private final AuditLog audit;

    @Activate
    public BackupService(@Reference DerbyDatabase db, @Reference AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Backs up the database and the files into a new folder; answers the folder to restore from. */
    public synchronized File backup(Caller caller) {
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
        db.write(c -> {
            try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                cs.setString(1, target.getPath());
                cs.execute();
            }
            return null;
        });
        try {
            // the modules' files (photos, uploads) go beside the database copy
            FileTrees.copy(new File(db.dataFolder(), "files").toPath(), new File(target, "files").toPath());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot copy the files into " + target, e);
        }
        File restorable = new File(target, "db");
        audit.ok(caller, "system.backup", "backup", null, restorable.getPath());
        return restorable;
    }
}
