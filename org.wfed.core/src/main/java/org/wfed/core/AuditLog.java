package org.wfed.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit trail (等保 2.0): every state-changing request with its result, every
 * denial and every read of a sensitive field, each with the user and the client's address. Entries
 * cannot be changed or deleted through the product, and each is chained to the one before by a hash,
 * so that a change made behind the product's back shows (see {@code docs/security.md}).
 */
@ProviderType
public interface AuditLog {

    /**
     * How an action ended. Entries store and show it as {@link #word()}: {@code SUCCEEDED},
     * {@code REFUSED} (with the refusal's code where there is one) or {@code FAILED}.
     */
    enum Outcome {
        OK("SUCCEEDED"), DENIED("REFUSED"), FAILED("FAILED");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        /** The word stored and shown for this outcome. */
        public String word() {
            return word;
        }
    }

    /**
     * One state-changing HTTP request and how it ended: recorded for every write the wfed API refuses
     * or fails, and for actions outside it (the Felix web console).
     *
     * @param clientAddress the client's address (see {@link ClientAddresses})
     * @param status the HTTP status answered
     * @param code the error code answered (e.g. {@code VERSION_CONFLICT}), or null
     * @param action the entry's action, e.g. {@code system.console.configMgr}; null: {@code request.<method>}
     * @param recordType what the request acted on, or null ({@code request})
     * @param recordId which one, or null
     * @param detail a short free text, or null ({@code HTTP <status>})
     */
    record Request(String method, String path, String clientAddress, int status, String code, String action, String recordType,
                   String recordId, String detail) {

        /** A request of the wfed API: the entry is named after its method. */
        public Request(String method, String path, String clientAddress, int status, String code) {
            this(method, path, clientAddress, status, code, null, null, null, null);
        }

        /** SUCCEEDED below 400, REFUSED for 4xx, FAILED for 5xx. */
        public Outcome outcome() {
            return status >= 500 ? Outcome.FAILED : status >= 400 ? Outcome.DENIED : Outcome.OK;
        }
    }

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
    void ok(Connection c, Caller caller, String action, String recordType, Object recordId, String detail)
            throws SQLException;

    /** Records an action with any outcome inside the caller's own transaction. */
    void record(Connection c, Caller caller, String action, String recordType, String recordId, Outcome outcome, String detail)
            throws SQLException;

    /** Records a request with its outcome; {@code caller} null for nobody signed in. */
    void request(Caller caller, Request request);
}
