package org.wfed.core.imports;

import java.util.List;
import java.util.Map;

/**
 * The preview (预览) or the result (导入) of an import file: what was read (sheet, header row, which file column
 * holds which field, which were ignored, which optional columns the file has not), the counts, every bad cell
 * (the first {@link #MAX_LISTED}; {@code errorCount} counts them all, {@code problems} groups them by message), the
 * changes to existing records field by field (old → new, sensitive values masked; the first {@link #MAX_LISTED}
 * rows), and the columns whose empty cells would clear recorded values if the clerk chose 清空.
 */
public record ImportReport(String fileName, String sheet, List<String> sheets, int headerRow,
                           List<ImportSheet.Mapped> columns, List<String> ignored, List<String> absent,
                           int rows, int created, int updated, int unchanged, int skipped,
                           List<RowError> errors, int errorCount, List<Problem> problems,
                           List<RowChange> changes, List<Clearable> clearable, Map<String, Integer> counts,
                           boolean committed) {

    /** How many errors and changed rows a report lists. */
    public static final int MAX_LISTED = 500;

    public ImportReport {
        sheets = List.copyOf(sheets);
        columns = List.copyOf(columns);
        ignored = List.copyOf(ignored);
        absent = List.copyOf(absent);
        errors = List.copyOf(errors);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
        clearable = List.copyOf(clearable);
        counts = Map.copyOf(counts);
    }

    /** One message and how many cells of a column have it, with the first rows: the clerk's to-do list. */
    public record Problem(String column, String message, int count, List<Integer> rows) {
    }

    /** What a file changes in one existing record. */
    public record RowChange(int row, String who, List<FieldChange> fields) {
    }

    /** One changed field: its column, the value before and after (masked when sensitive; "" for none). */
    public record FieldChange(String column, String before, String after) {
    }

    /**
     * A column whose empty cells stand over recorded values: kept unless the clerk chooses 清空 ({@code chosen});
     * {@code rows} counts them.
     */
    public record Clearable(String key, String column, int rows, boolean chosen) {
    }
}
