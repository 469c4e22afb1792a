package org.wfed.reporting.internal.form;

import java.time.LocalDate;
import java.util.List;

/** A form filled for a unit and period, with the outcome of every check ({@code passed} null: not checkable). */
public record FormReport(String id, String title, long unitId, String unitName, LocalDate from, LocalDate to,
                         List<String> columns, List<FilledRow> rows, List<CheckResult> checks, int failed) {

    /** A row's label and its cells' values and texts. */
    public record FilledRow(String label, List<Cell> cells) {
    }

    public record Cell(String indicatorId, Number value, String text) {
    }

    public record CheckResult(String formula, String message, Boolean passed) {
    }

    /** A form as listed. */
    public record Info(String id, String title) {
    }
}
