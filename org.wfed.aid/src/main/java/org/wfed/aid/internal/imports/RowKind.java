package org.wfed.aid.internal.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.wfed.aid.dto.ImportReport;
import org.wfed.aid.dto.ImportRequest;
import org.wfed.core.Caller;

/**
 * One kind of import row (花名册, 筛查结果) in the shared flow of {@link ImportFlow}: the flow reads the file,
 * the kind checks its rows and applies them.
 */
interface RowKind<T> {

    /** Checks the caller's permissions and the import's target (unit, campaign) before the file is read. */
    void authorise(Caller caller, ImportRequest in);

    /** Every row on its own and against the other rows of the file (pure apart from reference lists). */
    Checked<T> check(Caller caller, ImportRequest in, List<List<String>> rows);

    /**
     * Classifies the good rows against the database (rows that clash become errors) and, with {@code write}
     * and no errors, saves them in the caller's transaction.
     */
    ImportReport apply(Connection c, Caller caller, ImportRequest in, Checked<T> checked, boolean write)
            throws SQLException;

    /** The audit action of a committed import, e.g. {@code aid.import.commit}. */
    String auditAction();

    /** The record type the audit entry names. */
    String recordType();
}
