package org.wfed.core.internal.db;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.wfed.core.internal.FileTrees;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup: with WFED_RESTORE_FROM naming a backup's {@code db} folder, the database is
 * replaced by it on start (Derby's {@code restoreFrom}). A marker file remembers which backup was
 * restored, so a restart with the variable still set does not restore it a second time.
 */
final class Restore {
    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final String MARKER = "restored-from.txt";

    private Restore() {
    }

    /** The backup to restore on this start, or null: none given, or this one was restored before. */
    static File pending(File dataFolder, String restoreFrom) {
        if (restoreFrom == null || restoreFrom.isBlank()) {
            return null;
        }
        File backup = new File(restoreFrom).getAbsoluteFile();
        File marker = new File(dataFolder, MARKER);
        try {
            return marker.exists() && Files.readString(marker.toPath(), StandardCharsets.UTF_8).trim().equals(backup.getPath()) ? null : backup;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + marker, e);
        }
    }

    /** The JDBC URL attributes for this start: create, or restore from the backup once. */
    static String attributes(File dataFolder, String restoreFrom) {
        if (restoreFrom == null || restoreFrom.isBlank()) {
            return ";create=true";
        }
        File backup = new File(restoreFrom).getAbsoluteFile();
        File marker = new File(dataFolder, MARKER);
        try {
            if (marker.exists() && Files.readString(marker.toPath(), StandardCharsets.UTF_8).trim().equals(backup.getPath())) {
                return ";create=true";
            }
            if (!new File(backup, "service.properties").exists()) {
                throw new IllegalStateException("WFED_RESTORE_FROM is not a Derby backup folder (no service.properties): " + backup);
            }
            File files = new File(backup.getParentFile(), "files");
            if (files.isDirectory()) {
                FileTrees.delete(new File(dataFolder, "files").toPath());
                FileTrees.copy(files.toPath(), new File(dataFolder, "files").toPath());
            }
            Files.writeString(marker.toPath(), backup.getPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot record the restore in " + marker, e);
        }
        LOG.warn("restoring the database from backup {}", backup);
        return ";restoreFrom=" + backup.getPath();
    }
}
