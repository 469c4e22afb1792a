package org.wfed.elections.internal.stats;

import java.time.LocalDate;
import org.wfed.elections.dto.PositionKind;

/** Someone elected to a committee position of a unit's election, on its day. */
public record CommitteeMember(long unitId, PositionKind kind, long personId, String sector, boolean inTwoCommittees, LocalDate day) {
}
