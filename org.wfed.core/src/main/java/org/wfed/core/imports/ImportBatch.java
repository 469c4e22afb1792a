package org.wfed.core.imports;

import java.sql.Connection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.wfed.core.Caller;

/**
 * The good rows of a file in front of the database, for {@link Importer#apply}: on the import's connection (one
 * transaction; a preview's is read-only), for the caller. The module classifies each entry once.
 */
@ProviderType
public interface ImportBatch<T> {

    Connection connection();

    Caller caller();

    /** True for the commit: save what the entries say. False for the preview: classify only. */
    boolean writing();

    List<ImportEntry<T>> entries();

    /** The entry makes a new record. */
    void created(ImportEntry<T> entry);

    /** The entry's record exists and the file changes nothing in it. */
    void unchanged(ImportEntry<T> entry);

    /**
     * The entry's record exists: merge the file into it field by field with the answer's {@link RowUpdate#merge}.
     * Fields the file has no column for, and empty cells (unless the clerk chose 清空 for the column), keep the
     * record's value. Whether the row counts as updated or unchanged follows from the merges.
     *
     * @param recordId the record's id, for the audit of each changed field
     * @param who how the preview names the row, e.g. the person's name and masked ID number
     */
    RowUpdate update(ImportEntry<T> entry, Object recordId, String who);

    /** Refuses the entry: the file is not imported. */
    void error(ImportEntry<T> entry, String key, String message);

    /** Adds to a count the report shows beside created/updated, e.g. {@code followUps}. */
    void count(String name, int n);
}
