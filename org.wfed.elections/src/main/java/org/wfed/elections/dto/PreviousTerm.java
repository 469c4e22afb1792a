package org.wfed.elections.dto;

import java.time.Instant;
import java.util.List;

/**
 * A unit's previous term as entered once, for the before → after of its next election where wfed holds no leadership
 * history of that term. {@code version} 0: nothing entered yet. {@code history}: the unit's latest election finds its
 * previous committee in core's leadership history, which then counts instead of what is entered here.
 */
public record PreviousTerm(long unitId, String unitName, List<PreviousGroup> groups, int version, Instant enteredAt,
                           boolean history) {
}
