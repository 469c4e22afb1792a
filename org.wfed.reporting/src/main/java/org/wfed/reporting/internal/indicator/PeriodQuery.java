package org.wfed.reporting.internal.indicator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.wfed.core.Period;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;

/** Reads a period from query parameters: {@code year} (+ {@code quarter} or {@code month}) or {@code from}/{@code to}. */
public final class PeriodQuery {
    private PeriodQuery() {
    }

    public static Period parse(Integer year, Integer quarter, Integer month, String from, String to) {
        if (from != null || to != null) {
            return new Period(date("from", from), date("to", to));
        }
        new Validation().required("year", year)
                .rule(year == null || (year >= 2000 && year <= 2100), "year", "OUT_OF_RANGE", "年份应在2000至2100之间")
                .rule(quarter == null || (quarter >= 1 && quarter <= 4), "quarter", "OUT_OF_RANGE", "季度应为1至4")
                .rule(month == null || (month >= 1 && month <= 12), "month", "OUT_OF_RANGE", "月份应为1至12")
                .rule(quarter == null || month == null, "month", "CONFLICT", "季度和月份只能选一个")
                .check();
        if (quarter != null) {
            return Period.quarter(year, quarter);
        }
        return month != null ? Period.month(year, month) : Period.year(year);
    }

    private static LocalDate date(String field, String text) {
        new Validation().required(field, text).check();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw WfedException.invalidField(field, org.wfed.core.FieldCode.INVALID_DATE);
        }
    }
}
