package org.wfed.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The before and after of every field a write changed (字段变更记录), beside the audit log: so that an overwritten
 * bank account or address can be recovered. Sensitive values (ID numbers, bank accounts, phones, health data) are
 * kept encrypted with a key in the data folder; an auditor sees them masked, and unmasked only with the permission
 * {@link #REVEAL_PERMISSION}, each such read audited.
 */
@ProviderType
public interface ChangeLog {

    /** Permission to see the sensitive values of field changes unmasked. */
    String REVEAL_PERMISSION = "core.audit.reveal";

    /**
     * One changed field: its key, its Chinese label, the value before and after as text ("" or null for none), and
     * the kind of sensitive value (null when it is not one).
     */
    record Change(String field, String label, String before, String after, Sensitive.Kind sensitive) {
    }

    /** Records the changes of one record inside the caller's transaction: kept or rolled back with the write. */
    default void record(Connection c, Caller caller, String action, String recordType, Object recordId,
                        List<Change> changes) throws SQLException {
        recordAll(c, caller, action, recordType, java.util.Map.of(recordId, changes));
    }

    /** Records the changes of many records (an import's) in JDBC batches, inside the caller's transaction. */
    void recordAll(Connection c, Caller caller, String action, String recordType,
                   java.util.Map<?, List<Change>> changesByRecord) throws SQLException;
}
