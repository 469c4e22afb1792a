package org.wfed.aid.internal.imports;

import java.util.List;
import org.wfed.aid.dto.ImportReport.RowError;

/** A file's rows after the checks each row can have on its own: the good rows parsed, the bad ones' errors. */
record Checked<T>(List<T> entries, List<RowError> errors, int rows) {
    Checked {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }
}
