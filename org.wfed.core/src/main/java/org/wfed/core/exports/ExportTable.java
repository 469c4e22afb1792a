package org.wfed.core.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One exported table (导出表): a sheet name, an optional title line, typed columns and the rows. The column's
 * {@link Kind} decides how both writers put a cell, so that a module only says what a value is:
 * <pre>{@code
 * ExportTable t = ExportTable.named("台账").title("2026年救助台账")
 *         .text("单位", 20).digits("单位代码", 14).date("发放日期").money("发放金额（元）")
 *         .build();
 * }</pre>
 * and adds rows with {@link Builder#row(Object...)} in column order.
 */
public final class ExportTable {

    /** What a column holds, and so how it is written. */
    public enum Kind {
        /** Any text (a label, a name); {@code toString()} of other values. */
        TEXT,
        /** A string of digits that must stay text (ID number, bank account, phone, area code). */
        DIGITS,
        /** A whole number. */
        INTEGER,
        /** A number with decimals, as given ({@code BigDecimal} or {@code Double}). */
        DECIMAL,
        /** An amount in fen (分, a {@code Long} or {@code Integer}), written as yuan with two decimals. */
        MONEY,
        /** A percentage already multiplied by 100 (52.3 for 52.3 %), one decimal. */
        PERCENT,
        /** A {@code LocalDate}. */
        DATE,
        /** An {@code Instant} or {@code LocalDateTime}: local time of the deployment, to the second. */
        TIME
    }

    /** One column: its Chinese header, kind and width in characters (XLSX). */
    public record Column(String header, Kind kind, int width) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final String sheet;
    private final String title;
    private final List<Column> columns;
    private final List<Object[]> rows;

    private ExportTable(String sheet, String title, List<Column> columns, List<Object[]> rows) {
        this.sheet = sheet;
        this.title = title;
        this.columns = List.copyOf(columns);
        this.rows = rows;
    }

    /** A table whose XLSX sheet is called {@code sheet} (at most 31 characters, as spreadsheets allow). */
    public static Builder named(String sheet) {
        return new Builder(sheet);
    }

    public String sheet() {
        return sheet;
    }

    /** The title line above the header, or null. */
    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The rows, each one value per column (null for an empty cell). */
    public List<Object[]> rows() {
        return java.util.Collections.unmodifiableList(rows);
    }

    /** Builds a table column by column, then row by row. */
    public static final class Builder {
        private final String sheet;
        private String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(String sheet) {
            String s = sheet == null || sheet.isBlank() ? "Sheet1" : sheet.replaceAll("[\\\\/?*\\[\\]:]", " ");
            this.sheet = s.length() > 31 ? s.substring(0, 31) : s;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder column(String header, Kind kind, int width) {
            columns.add(new Column(header, kind, width));
            return this;
        }

        public Builder text(String header, int width) {
            return column(header, Kind.TEXT, width);
        }

        public Builder digits(String header, int width) {
            return column(header, Kind.DIGITS, width);
        }

        public Builder integer(String header) {
            return column(header, Kind.INTEGER, Math.max(8, header.length() * 2));
        }

        public Builder decimal(String header) {
            return column(header, Kind.DECIMAL, Math.max(8, header.length() * 2));
        }

        public Builder money(String header) {
            return column(header, Kind.MONEY, Math.max(12, header.length() * 2));
        }

        public Builder percent(String header) {
            return column(header, Kind.PERCENT, Math.max(8, header.length() * 2));
        }

        public Builder date(String header) {
            return column(header, Kind.DATE, 12);
        }

        public Builder time(String header) {
            return column(header, Kind.TIME, 20);
        }

        /** One row, a value per column in column order. */
        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
            }
            rows.add(cells.clone());
            return this;
        }

        public ExportTable build() {
            return new ExportTable(sheet, title, columns, rows);
        }
    }
}
