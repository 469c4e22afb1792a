package org.wfed.reporting.internal.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A form filled for a unit and period, with the outcome of every check. {@code failed} counts the checks that
 * did not pass, those that could not be checked included; {@code absent} lists the indicators the form names
 * that no present module provides (their cells say so).
 */
public record FormReport(String id, String title, long unitId, String unitName, LocalDate from, LocalDate to,
                         List<String> columns, List<FilledRow> rows, List<CheckResult> checks, int failed,
                         List<String> absent) {

    /** A row's label and its cells' values and texts. */
    public record FilledRow(String label, List<Cell> cells) {
    }

    /** A cell: the figure it names, its value (exact; money in yuan) and text; {@code absent} when no module provides it. */
    public record Cell(String indicatorId, BigDecimal value, String text, boolean absent) {
    }

    /** A check: passed or not, and why not when it could not be checked. */
    public record CheckResult(String formula, String message, boolean passed, String reason) {
    }

    /** A form as listed. */
    public record Info(String id, String title) {
    }
}
