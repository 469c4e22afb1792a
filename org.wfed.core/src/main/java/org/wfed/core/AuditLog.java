package org.wfed.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit trail (等保 2.0): every write and every read of a sensitive field.
 * Entries cannot be changed or deleted through the product.
 */
@ProviderType
public interface AuditLog {

    /** What happened to a record, and how it ended. */
    enum Outcome { OK, DENIED, FAILED }

    /**
     * Records one action.
     *
     * @param action a dotted name, e.g. {@code elections.ballot.count} or {@code people.idnumber.read}
     * @param recordType e.g. {@code person}
     * @param recordId the record's id, or null
     * @param detail a short free text (never a sensitive value)
     */
    void record(Caller caller, String action, String recordType, String recordId, Outcome outcome, String detail);

    default void ok(Caller caller, String action, String recordType, Object recordId, String detail) {
        record(caller, action, recordType, recordId == null ? null : String.valueOf(recordId), Outcome.OK, detail);
    }

    /**
     * Records a successful write inside the caller's own transaction: the entry commits or rolls back
     * with the write it describes (no entry for an import that rolled back), at no extra commit.
     */
    void ok(java.sql.Connection c, Caller caller, String action, String recordType, Object recordId, String detail)
            throws java.sql.SQLException;
}
