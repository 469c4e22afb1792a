package org.wfed.core.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * One data row of a file after every cell was read by its column's type: the values by column key, whether the
 * file has the column at all, and the row's errors. A getter answers null for an absent column, an empty cell or
 * a refused cell; {@link #present} and {@link #ok} tell them apart. A module's {@link Importer#entry} adds its own
 * checks with {@link #error}.
 */
public final class ImportRow {
    private final int number;
    private final Object[] values;
    private final Columns columns;
    private final List<RowError> errors;
    private boolean ok = true;

    /** The layout and which of its columns the file has: shared by every row of one file. */
    static final class Columns {
        final ImportLayout layout;
        final boolean[] present;

        Columns(ImportLayout layout, boolean[] present) {
            this.layout = layout;
            this.present = present;
        }
    }

    ImportRow(int number, Object[] values, Columns columns, List<RowError> errors) {
        this.number = number;
        this.values = values;
        this.columns = columns;
        this.errors = errors;
    }

    /** The row number as the spreadsheet shows it. */
    public int number() {
        return number;
    }

    /** Whether the file has this column (an absent column leaves the field as it is). */
    public boolean present(String key) {
        return columns.present[columns.layout.index(key)];
    }

    /** No cell of the row was refused (so far). */
    public boolean ok() {
        return ok;
    }

    /** The column's value as its type reads it (see {@link ColumnType}), or null. */
    public Object value(String key) {
        return values[columns.layout.index(key)];
    }

    public String text(String key) {
        return (String) value(key);
    }

    public LocalDate date(String key) {
        return (LocalDate) value(key);
    }

    public Long integer(String key) {
        return (Long) value(key);
    }

    /** The codes of a CODES column (empty when the cell is), of a CODE column its one code. */
    @SuppressWarnings("unchecked")
    public List<String> codes(String key) {
        Object v = value(key);
        if (v == null) {
            return List.of();
        }
        return v instanceof List<?> l ? (List<String>) l : List.of((String) v);
    }

    /** Refuses the row because of this column's cell. */
    public void error(String key, String message) {
        ok = false;
        errors.add(new RowError(number, columns.layout.column(key).header(), message));
    }

    void refuse(int index, String message) {
        ok = false;
        errors.add(new RowError(number, columns.layout.columns().get(index).header(), message));
    }
}
