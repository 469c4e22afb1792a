package org.wfed.reporting.internal.form;

import java.util.List;

/**
 * A statistical form (统计报表) defined as data: rows with an indicator per column cell (null for an
 * empty cell) and validation checks between indicators.
 */
public record FormDefinition(String id, String title, List<String> columns, List<Row> rows, List<Check> checks) {

    public FormDefinition {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        checks = List.copyOf(checks);
    }

    /** A row: its label and the indicator id of each column's cell. */
    public record Row(String label, List<String> cells) {
    }

    /** A check {@code left op right}: indicator ids, or a whole number on the right; the message says what is wrong. */
    public record Check(String left, String op, String right, String message) {
        public String formula() {
            return left + " " + op + " " + right;
        }
    }
}
