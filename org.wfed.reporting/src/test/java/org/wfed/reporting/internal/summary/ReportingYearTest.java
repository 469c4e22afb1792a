package org.wfed.reporting.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingYearTest {

    @Test
    void earlyInTheYearThePreviousYearWhileItsSummaryIsNotApproved() {
        assertEquals(2025, ReportingYear.choose(LocalDate.of(2026, 2, 10), 3, false).year());
        assertEquals(2025, ReportingYear.choose(LocalDate.of(2026, 3, 31), 3, false).year());
        assertEquals(2026, ReportingYear.choose(LocalDate.of(2026, 2, 10), 3, true).year(), "approved: on to this year");
    }

    @Test
    void laterTheCurrentYearWhateverTheSummary() {
        assertEquals(2026, ReportingYear.choose(LocalDate.of(2026, 4, 1), 3, false).year());
        assertEquals(2026, ReportingYear.choose(LocalDate.of(2026, 12, 1), 3, false).year());
    }

    @Test
    void theMonthIsASetting() {
        assertEquals(2026, ReportingYear.choose(LocalDate.of(2026, 1, 5), 0, false).year(), "0: always the current year");
        assertEquals(2025, ReportingYear.choose(LocalDate.of(2026, 5, 20), 6, false).year());
    }
}
