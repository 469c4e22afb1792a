package org.wfed.core;

import java.time.LocalDate;

/** A closed date range [from, to]: a year, a quarter, a month or any custom range. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        new Validation().required("from", from).required("to", to).check();
        if (to.isBefore(from)) {
            throw WfedException.invalid("INVALID_PERIOD", "结束日期不能早于开始日期", "The period ends before it starts");
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(from, from.plusMonths(3).minusDays(1));
    }

    public static Period month(int year, int month) {
        LocalDate from = LocalDate.of(year, month, 1);
        return new Period(from, from.plusMonths(1).minusDays(1));
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The same range one year earlier, for year-over-year comparison. */
    public Period previousYear() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }
}
