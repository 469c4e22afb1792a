package org.wfed.aid.dto;

import java.util.List;

/**
 * The check (预览) or the result (导入) of an import file: rows read, what would be or was created, updated
 * or left unchanged, and every bad row with its reason. Nothing is written while there are errors. For
 * screening results a row is one exam (宫颈癌 or 乳腺癌) and {@code followUps} counts the follow-up cases
 * its abnormal results open.
 */
public record ImportReport(int rows, int created, int updated, int unchanged, List<RowError> errors, boolean committed,
                           int followUps) {
    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** One bad cell: the row number as the spreadsheet shows it, the column, and why. */
    public record RowError(int row, String column, String message) {
    }
}
