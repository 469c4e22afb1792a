package org.wfed.services.internal;

import java.time.LocalDate;
import org.wfed.core.Period;
import org.wfed.core.Validation;

/** The filters of every list of the module: a unit's subtree and a period (default the current year), one page of up to 200. */
public record ServicesFilter(long unitId, LocalDate from, LocalDate to, int page, int size) {
    public ServicesFilter {
        int year = LocalDate.now().getYear();
        from = from == null ? LocalDate.of(year, 1, 1) : from;
        to = to == null ? LocalDate.of(year, 12, 31) : to;
        new Validation().rule(page >= 1, "page", "OUT_OF_RANGE", "页码从1开始").rule(size >= 1 && size <= 200, "size", "OUT_OF_RANGE",
                "每页1到200条").rule(!to.isBefore(from), "to", "BEFORE_FROM", "结束日期不能早于开始日期").check();
    }

    public Period period() {
        return new Period(from, to);
    }
}
