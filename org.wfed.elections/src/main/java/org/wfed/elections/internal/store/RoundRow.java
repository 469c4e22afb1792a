package org.wfed.elections.internal.store;

import org.wfed.elections.dto.RoundOutcome;

/** A row of elec_round. */
public record RoundRow(long id, long positionId, int roundNo, int seats, int votersDue, int votersPresent, long issued,
                       long returned, long valid, long invalid, String mode, RoundOutcome outcome, String explanation) {
}
