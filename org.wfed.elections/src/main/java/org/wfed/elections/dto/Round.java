package org.wfed.elections.dto;

import java.util.List;

/** One voting round of a position: the counting sheet, its verdict and the explanation. */
public record Round(long id, int roundNo, int seats, int votersDue, int votersPresent, long issued, long returned,
                    long valid, long invalid, String mode, RoundOutcome outcome, String explanation, List<Tally> tallies) {
}
