package org.wfed.elections.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wfed.core.dto.Leader;
import org.wfed.core.dto.Position;

/** The previous committee picked from a unit's seats read once, as core's leadership on each look-back day answers it. */
class SeatedBeforeTest {
    private static final LocalDate ELECTION = LocalDate.of(2026, 6, 15);

    private static Leader seat(long id, Position position, LocalDate from, LocalDate to) {
        return new Leader(id, 7, 100 + id, "成员" + id, position, false, null, false, null, from, to, "test");
    }

    @Test
    void theCommitteeSeatedTheDayBeforeCountsInCoresOrder() {
        Leader chair = seat(1, Position.CHAIR, LocalDate.of(2021, 6, 1), null);
        Leader vice = seat(2, Position.VICE_CHAIR, LocalDate.of(2021, 6, 1), ELECTION.minusDays(1));
        Leader endedEarlier = seat(3, Position.EXECUTIVE, LocalDate.of(2021, 6, 1), ELECTION.minusDays(2));
        Leader seatedAfter = seat(4, Position.EXECUTIVE, ELECTION, null);
        assertEquals(List.of(chair, vice), PreviousTerms.seatedBefore(List.of(chair, vice, endedEarlier, seatedAfter), ELECTION));
    }

    @Test
    void aLapsedTermIsFoundOnTheFirstLookBackDayWithSeats() {
        // ended 40 days before the election: nobody the day before nor 30 days before; the 90-day look-back finds her
        Leader lapsed = seat(1, Position.CHAIR, LocalDate.of(2021, 6, 1), ELECTION.minusDays(40));
        Leader older = seat(2, Position.CHAIR, LocalDate.of(2016, 6, 1), ELECTION.minusDays(200));
        assertEquals(List.of(lapsed), PreviousTerms.seatedBefore(List.of(older, lapsed), ELECTION));
        assertEquals(List.of(older), PreviousTerms.seatedBefore(List.of(older), ELECTION), "200 days: the 365-day look-back");
        assertEquals(List.of(), PreviousTerms.seatedBefore(List.of(seat(3, Position.CHAIR, LocalDate.of(2016, 6, 1),
                ELECTION.minusDays(400))), ELECTION), "more than a year before: none");
    }
}
