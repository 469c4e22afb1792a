package org.wfed.core.internal.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the audit trail across a restore: before the database is replaced by a backup, the audit entries written
 * after that backup are exported from the database being replaced to {@code <data>/restores/<time>/audit-after-backup.jsonl}
 * (one JSON object per entry, searchable at {@code GET /api/system/restores/audit}), with {@code restore.properties}
 * saying what was restored. The backup tells where it ended: {@code backup.properties} written by the backup
 * (the last audit id at the time), else the time the backup was written.
 */
final class AuditCarry {
    private static final Logger LOG = LoggerFactory.getLogger(AuditCarry.class);
    static final String FOLDER = "restores";
    static final String ENTRIES = "audit-after-backup.jsonl";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AuditCarry() {
    }

    static DatabaseService.Restored export(DataSourceFactory factory, String url, File dataFolder, File backup) throws SQLException {
        File folder = new File(new File(dataFolder, FOLDER), LocalDateTime.now().format(STAMP));
        folder.mkdirs();
        int entries = 0;
        if (new File(url.substring("jdbc:derby:".length()), "service.properties").isFile()) {
            entries = copyEntries(factory, url, backup, new File(folder, ENTRIES));
            DerbyShutdown.now(factory, url);
        }
        Properties p = new Properties();
        p.setProperty("backup", backup.getPath());
        p.setProperty("restoredAt", Instant.now().toString());
        p.setProperty("entries", String.valueOf(entries));
        try {
            try (var out = Files.newBufferedWriter(new File(folder, "restore.properties").toPath(), StandardCharsets.UTF_8)) {
                p.store(out, "wfed restore");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + folder, e);
        }
        LOG.warn("restore from {}: {} audit entries written after the backup kept in {}", backup, entries, folder);
        return new DatabaseService.Restored(backup, folder, entries);
    }

    private static int copyEntries(DataSourceFactory factory, String url, File backup, File into) throws SQLException {
        Properties taken = backupInfo(backup);
        long afterId = Long.parseLong(taken.getProperty("auditId", "-1"));
        Timestamp afterTime = Timestamp.from(Instant.parse(taken.getProperty("takenAt",
                Instant.ofEpochMilli(new File(backup, "service.properties").lastModified()).toString())));
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url);
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        try (Connection c = factory.createDataSource(props).getConnection();
             PreparedStatement ps = c.prepareStatement(afterId >= 0 ? "SELECT * FROM core_audit WHERE id > ? ORDER BY id"
                     : "SELECT * FROM core_audit WHERE occurred_at > ? ORDER BY id");
             BufferedWriter out = Files.newBufferedWriter(into.toPath(), StandardCharsets.UTF_8)) {
            if (afterId >= 0) {
                ps.setLong(1, afterId);
            } else {
                ps.setTimestamp(1, afterTime);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode e = json.createObjectNode();
                    e.put("id", rs.getLong("id"));
                    e.put("occurredAt", rs.getTimestamp("occurred_at").toInstant().toString());
                    e.put("username", rs.getString("username"));
                    e.put("unitId", rs.getObject("unit_id") == null ? null : rs.getLong("unit_id"));
                    e.put("action", rs.getString("action"));
                    e.put("recordType", rs.getString("record_type"));
                    e.put("recordId", rs.getString("record_id"));
                    e.put("outcome", rs.getString("outcome"));
                    e.put("detail", rs.getString("detail"));
                    out.write(json.writeValueAsString(e));
                    out.newLine();
                    n++;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + into, e);
        }
        return n;
    }

    /** What {@code BackupService} wrote beside the backup; empty for an older backup. */
    static Properties backupInfo(File backup) {
        Properties p = new Properties();
        File f = new File(backup.getParentFile(), "backup.properties");
        if (f.isFile()) {
            try (InputStream in = Files.newInputStream(f.toPath())) {
                p.load(in);
            } catch (IOException e) {
                LOG.warn("cannot read {}: {}", f, e.getMessage());
            }
        }
        return p;
    }
}
