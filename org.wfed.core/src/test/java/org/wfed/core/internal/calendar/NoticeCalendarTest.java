package org.wfed.core.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.wfed.core.NoticeCalendar;
import org.junit.jupiter.api.Test;

class NoticeCalendarTest {

    @Test
    void threeWorkingDaysFromFridaySkipTheWeekend() {
        // Fri 27 Nov 2026, Mon 30 Nov, Tue 1 Dec
        assertEquals(LocalDate.of(2026, 12, 1), NoticeCalendar.end(LocalDate.of(2026, 11, 27), 3, true, Set.of(), Set.of()));
    }

    @Test
    void aNoticePostedOnSaturdayStartsCountingOnMonday() {
        assertEquals(LocalDate.of(2026, 12, 2), NoticeCalendar.end(LocalDate.of(2026, 11, 28), 3, true, Set.of(), Set.of()));
    }

    @Test
    void fiveWorkingDaysFromMondayEndOnFriday() {
        assertEquals(LocalDate.of(2026, 11, 27), NoticeCalendar.end(LocalDate.of(2026, 11, 23), 5, true, Set.of(), Set.of()));
    }

    @Test
    void sevenCalendarDaysCountTheWeekend() {
        assertEquals(LocalDate.of(2026, 12, 3), NoticeCalendar.end(LocalDate.of(2026, 11, 27), 7, false, Set.of(), Set.of()));
    }

    @Test
    void holidaysDoNotCountAsWorkingDays() {
        // National Day week 2026: 1–7 Oct off; a 3-working-day notice from Wed 30 Sep runs 30 Sep, 8 Oct, 9 Oct
        Set<LocalDate> golden = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        assertEquals(LocalDate.of(2026, 10, 9), NoticeCalendar.end(LocalDate.of(2026, 9, 30), 3, true, golden, Set.of()));
    }

    @Test
    void oneDayNoticeOnAWorkingDayEndsTheSameDay() {
        assertEquals(LocalDate.of(2026, 11, 30), NoticeCalendar.end(LocalDate.of(2026, 11, 30), 1, true, Set.of(), Set.of()));
    }

    @Test
    void aNoticeOfNoDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NoticeCalendar.end(LocalDate.of(2026, 11, 30), 0, true, Set.of(), Set.of()));
    }

    @Test
    void aMakeUpWorkingSaturdayCounts() {
        // Sat 10 Oct 2026 declared a working day (调休): a 3-working-day notice from Fri 9 Oct runs 9, 10, 12 Oct
        assertEquals(LocalDate.of(2026, 10, 12), NoticeCalendar.end(LocalDate.of(2026, 10, 9), 3, true, Set.of(),
                Set.of(LocalDate.of(2026, 10, 10))));
    }

    @Test
    void theShippedCalendarKnowsNationalDayAndItsMakeUpSaturday() {
        NoticeCalendarImpl shipped = NoticeCalendarImpl.shipped();
        // 2026: 1–7 Oct off, Sat 10 Oct worked: 5 working days from Wed 30 Sep are 30 Sep, 8, 9, 10, 12 Oct
        assertEquals(LocalDate.of(2026, 10, 12), shipped.end(LocalDate.of(2026, 9, 30), 5, true));
        // 2025: 1–8 Oct off, Sat 11 Oct worked
        assertEquals(LocalDate.of(2025, 10, 11), shipped.end(LocalDate.of(2025, 9, 30), 4, true));
        // 春节 2026: 15–23 Feb off, Sat 14 Feb and Sat 28 Feb worked
        assertEquals(true, shipped.isWorkingDay(LocalDate.of(2026, 2, 14)));
        assertEquals(false, shipped.isWorkingDay(LocalDate.of(2026, 2, 23)));
        assertEquals(true, shipped.isWorkingDay(LocalDate.of(2026, 2, 28)));
        // 2024: Sun 29 Sep worked, 1–7 Oct off
        assertEquals(true, shipped.isWorkingDay(LocalDate.of(2024, 9, 29)));
        assertEquals(false, shipped.isWorkingDay(LocalDate.of(2024, 10, 7)));
    }
}
