package org.wfed.core.internal.imports;

import java.util.List;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportSheet;
import org.wfed.core.imports.RowError;

/** A file read and every row checked on its own: the sheet as read, the good rows' entries, the bad cells. */
record Checked<T>(ImportSheet sheet, List<ImportEntry<T>> entries, List<RowError> errors) {
}
