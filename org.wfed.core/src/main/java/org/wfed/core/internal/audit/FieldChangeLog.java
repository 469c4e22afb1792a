package org.wfed.core.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Caller;
import org.wfed.core.ChangeLog;
import org.wfed.core.Database;
import org.wfed.core.Masks;
import org.wfed.core.Sensitive;

/** Keeps field changes in {@code core_field_change}, sensitive values encrypted; reads them back for auditors. */
@Component(service = {ChangeLog.class, FieldChangeLog.class})
public final class FieldChangeLog implements ChangeLog {
    private static final String INSERT = "INSERT INTO core_field_change (occurred_at, user_id, username, unit_id, action,"
            + " record_type, record_id, field, label, sensitive, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int MAX = 500;

    private final FieldCipher cipher;

    @Activate
    public FieldChangeLog(@Reference Database db) {
        this.cipher = new FieldCipher(db.files("core"));
    }

    @Override
    public void recordAll(Connection c, Caller caller, String action, String recordType,
                          Map<?, List<Change>> changesByRecord) throws SQLException {
        if (changesByRecord.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (Map.Entry<?, List<Change>> record : changesByRecord.entrySet()) {
                for (Change ch : record.getValue()) {
                    ps.setTimestamp(1, now);
                    ps.setObject(2, caller.userId() == 0 ? null : caller.userId(), java.sql.Types.BIGINT);
                    ps.setString(3, caller.username());
                    ps.setObject(4, caller.unitId() == 0 ? null : caller.unitId(), java.sql.Types.BIGINT);
                    ps.setString(5, action);
                    ps.setString(6, recordType);
                    ps.setString(7, String.valueOf(record.getKey()));
                    ps.setString(8, ch.field());
                    ps.setString(9, cut(ch.label(), 50));
                    ps.setString(10, ch.sensitive() == null ? null : ch.sensitive().name());
                    ps.setString(11, stored(ch.before(), ch.sensitive()));
                    ps.setString(12, stored(ch.after(), ch.sensitive()));
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private String stored(String value, Sensitive.Kind kind) {
        String v = value == null || value.isEmpty() ? null : cut(value, MAX);
        return kind == null ? v : cipher.encrypt(v);
    }

    /** A stored value as an auditor sees it: decrypted, then masked unless {@code reveal}. */
    String shown(String stored, String kind, boolean reveal) {
        if (kind == null || stored == null) {
            return stored;
        }
        String plain = cipher.decrypt(stored);
        return reveal ? plain : Masks.mask(Sensitive.Kind.valueOf(kind), plain);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
