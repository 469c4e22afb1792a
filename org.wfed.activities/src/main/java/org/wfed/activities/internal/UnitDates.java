package org.wfed.activities.internal;

import org.wfed.core.dto.OrgUnit;

/** A dated record belongs to a unit that existed on its date (records roll up over the tree as it was). */
public final class UnitDates {
    private UnitDates() {
    }

    /** Why the unit cannot hold a record of that day, in Chinese, or null when it can. */
    public static String problem(OrgUnit unit, java.time.LocalDate day) {
        if (unit.validFrom() != null && day.isBefore(unit.validFrom())) {
            return unit.name() + "于" + unit.validFrom() + "成立，日期不能早于成立日期";
        }
        if (unit.validTo() != null && day.isAfter(unit.validTo())) {
            return unit.name() + "已于" + unit.validTo() + "撤并，日期不能晚于撤并日期";
        }
        return null;
    }
}
