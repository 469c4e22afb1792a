package org.wfed.activities.internal.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeCalendarTest {

    @Test
    void threeWorkingDaysFromFridaySkipTheWeekend() {
        // Fri 27 Nov 2026, Mon 30 Nov, Tue 1 Dec
        assertEquals(LocalDate.of(2026, 12, 1), NoticeCalendar.end(LocalDate.of(2026, 11, 27), 3, true));
    }

    @Test
    void aNoticePostedOnSaturdayStartsCountingOnMonday() {
        assertEquals(LocalDate.of(2026, 12, 2), NoticeCalendar.end(LocalDate.of(2026, 11, 28), 3, true));
    }

    @Test
    void fiveWorkingDaysFromMondayEndOnFriday() {
        assertEquals(LocalDate.of(2026, 11, 27), NoticeCalendar.end(LocalDate.of(2026, 11, 23), 5, true));
    }

    @Test
    void sevenCalendarDaysCountTheWeekend() {
        assertEquals(LocalDate.of(2026, 12, 3), NoticeCalendar.end(LocalDate.of(2026, 11, 27), 7, false));
    }

    @Test
    void holidaysDoNotCountAsWorkingDays() {
        // National Day week 2026: 1–7 Oct off; a 3-working-day notice from Wed 30 Sep runs 30 Sep, 8 Oct, 9 Oct
        Set<LocalDate> golden = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        assertEquals(LocalDate.of(2026, 10, 9), NoticeCalendar.end(LocalDate.of(2026, 9, 30), 3, true, golden));
    }

    @Test
    void oneDayNoticeOnAWorkingDayEndsTheSameDay() {
        assertEquals(LocalDate.of(2026, 11, 30), NoticeCalendar.end(LocalDate.of(2026, 11, 30), 1, true));
    }

    @Test
    void aNoticeOfNoDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NoticeCalendar.end(LocalDate.of(2026, 11, 30), 0, true));
    }

    @Test
    void aMakeUpWorkingSaturdayCounts() {
        // Sat 10 Oct 2026 declared a working day (调休): a 3-working-day notice from Fri 9 Oct runs 9, 10, 12 Oct
        assertEquals(LocalDate.of(2026, 10, 12), NoticeCalendar.end(LocalDate.of(2026, 10, 9), 3, true, Set.of(),
                Set.of(LocalDate.of(2026, 10, 10))));
    }
}
