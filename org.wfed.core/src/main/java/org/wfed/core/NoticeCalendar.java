package org.wfed.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The federation's one calendar for public notices (公示) and other periods counted in working days:
 * Saturdays, Sundays and statutory holidays are off, the weekend days the State Council makes working
 * days (调休) are on. Core ships the published holidays of 2024–2026; a deployment adds later years
 * (or corrections) under ConfigAdmin pid {@code org.wfed.core.calendar} (docs/architecture.md).
 */
@ProviderType
public interface NoticeCalendar {

    /** Whether {@code day} is a working day. */
    boolean isWorkingDay(LocalDate day);

    /**
     * The last day of a notice of {@code days} days starting on {@code start}: the {@code days}-th working day
     * from {@code start} (counting it if it is one) when {@code workingDays}, else {@code start + days - 1}.
     */
    LocalDate end(LocalDate start, int days, boolean workingDays);

    /** The rule itself, pure, for the given holidays and make-up working days. */
    static LocalDate end(LocalDate start, int days, boolean workingDays, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        if (days < 1) {
            throw new IllegalArgumentException("a notice lasts at least one day");
        }
        if (!workingDays) {
            return start.plusDays(days - 1L);
        }
        LocalDate d = start;
        int counted = 0;
        while (true) {
            if (isWorkingDay(d, holidays, makeUpDays)) {
                counted++;
                if (counted == days) {
                    return d;
                }
            }
            d = d.plusDays(1);
        }
    }

    /** Whether {@code d} is a working day for the given holidays and make-up working days. */
    static boolean isWorkingDay(LocalDate d, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        if (makeUpDays.contains(d)) {
            return true;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(d);
    }
}
