package org.wfed.activities.internal.contest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The public-notice calendar (公示期): a notice of N working days runs on the first N working days from its
 * start day (Saturdays, Sundays and the given holidays do not count, the given make-up working days (调休) do);
 * one of N calendar days ends N-1 days after it starts. Pure, so the rule is unit-tested on its own.
 */
public final class NoticeCalendar {

    private NoticeCalendar() {
    }

    /** The last day of a notice starting on {@code start}. */
    public static LocalDate end(LocalDate start, int days, boolean workingDays, Set<LocalDate> holidays) {
        return end(start, days, workingDays, holidays, Set.of());
    }

    /** The last day of a notice, with holidays off and make-up working days (调休) on. */
    public static LocalDate end(LocalDate start, int days, boolean workingDays, Set<LocalDate> holidays,
                                Set<LocalDate> makeUpDays) {
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

    public static LocalDate end(LocalDate start, int days, boolean workingDays) {
        return end(start, days, workingDays, Set.of());
    }

    public static boolean isWorkingDay(LocalDate d, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        if (makeUpDays.contains(d)) {
            return true;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(d);
    }
}
