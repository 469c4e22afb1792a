package org.wfed.core.imports;

import org.osgi.annotation.versioning.ProviderType;

/** The changes a file makes to one existing record, field by field; see {@link ImportBatch#update}. */
@ProviderType
public interface RowUpdate {

    /**
     * The field's value after the import: the file's value when its cell holds one; the {@code current} value when
     * the file has no such column or the cell is empty — unless the clerk chose 清空 for the column, then null. A
     * difference is recorded for the preview and the audit (before and after; sensitive values masked in the
     * preview, encrypted in the audit). CODES compare as sets.
     *
     * @param key the layout column
     * @param current the record's value now, of the column type's Java type
     */
    <V> V merge(String key, V current);

    /** Whether any merged field changes. */
    boolean changed();
}
