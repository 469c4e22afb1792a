package org.wfed.core.imports;

/** One bad cell (or row): the row number as the spreadsheet shows it, the column's header, and why, in Chinese. */
public record RowError(int row, String column, String message) {
}
