package org.wfed.rights.internal;

import java.time.LocalDate;
import org.wfed.core.FieldError;
import org.wfed.core.Period;
import org.wfed.core.WfedException;

/** A register's query: the unit whose subtree is listed, a period (a year when none is given) and a page. */
public record Listing(long unitId, LocalDate from, LocalDate to, int page, int size) {
    public Listing {
        int year = LocalDate.now().getYear();
        from = from == null ? LocalDate.of(year, 1, 1) : from;
        to = to == null ? LocalDate.of(year, 12, 31) : to;
        if (to.isBefore(from)) {
            throw WfedException.invalidFields(java.util.List.of(new FieldError("to", "BEFORE_FROM", "结束日期不能早于开始日期")));
        }
        if (page < 1 || size < 1 || size > 200) {
            throw WfedException.invalidFields(java.util.List.of(new FieldError(page < 1 ? "page" : "size", "OUT_OF_RANGE",
                    page < 1 ? "页码从1开始" : "每页1至200条")));
        }
    }

    public Period period() {
        return new Period(from, to);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
