package org.wfed.activities.internal.activity;

import java.time.LocalDate;
import org.wfed.core.Period;
import org.wfed.core.Validation;

/**
 * The filters of the activity list and export: a unit's subtree, an optional type and a period (default the
 * current year), one page of a size up to 200.
 */
public record ActivityFilter(long unitId, String typeCode, LocalDate from, LocalDate to, int page, int size) {
    public ActivityFilter {
        int year = LocalDate.now().getYear();
        from = from == null ? LocalDate.of(year, 1, 1) : from;
        to = to == null ? LocalDate.of(year, 12, 31) : to;
        typeCode = typeCode == null || typeCode.isBlank() ? null : typeCode.trim();
        new Validation().rule(page >= 1, "page", "OUT_OF_RANGE", "页码从1开始").rule(size >= 1 && size <= 200, "size", "OUT_OF_RANGE",
                "每页1到200条").rule(!to.isBefore(from), "to", "BEFORE_FROM", "结束日期不能早于开始日期").check();
    }

    public Period period() {
        return new Period(from, to);
    }
}
