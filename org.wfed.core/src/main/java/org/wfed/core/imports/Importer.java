package org.wfed.core.imports;

import java.sql.SQLException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One list a module offers to import (花名册, 筛查结果, 阵地名单 …), for one target (a unit, a campaign): the module
 * creates one for each request and hands it to {@link ImportService}, which reads the file, checks every cell by the
 * layout, and calls back here for what only the module knows. A file with any bad row changes nothing.
 *
 * @param <T> what the module makes of a good row
 */
@ConsumerType
public interface Importer<T> {

    /** The list's columns and template. */
    ImportLayout layout();

    /**
     * What is imported into: the kind of list and its target, e.g. {@code aid.roster/unit/23}. A preview is kept for
     * the commit of the same caller, file, choices and {@code target}.
     */
    String target();

    /** The audit action of a committed import, e.g. {@code aid.import.commit}. */
    String auditAction();

    /** The record type the audit names and field changes are kept under, e.g. {@code aid_beneficiary}. */
    String recordType();

    /**
     * A row whose every cell was read: the module's own row checks (across its columns: a child's guardian, a
     * method for a cervical exam) through {@link ImportRow#error}, and its entry. Called only for rows without a
     * refused cell; may answer null when it refused the row.
     */
    T entry(ImportRow row);

    /**
     * The good rows against the database: every entry classified through the batch (created, changed field by
     * field with {@link ImportBatch#update}, unchanged, or refused with {@link ImportBatch#error}), and, when the
     * batch {@link ImportBatch#writing writes}, saved on its connection. Runs in one transaction; with any error
     * nothing is kept.
     */
    void apply(ImportBatch<T> batch) throws SQLException;
}
