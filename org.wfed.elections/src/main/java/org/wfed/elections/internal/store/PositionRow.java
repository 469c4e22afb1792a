package org.wfed.elections.internal.store;

import org.wfed.elections.dto.PositionKind;

/** A row of elec_position. */
public record PositionRow(long id, long electionId, PositionKind kind, int seats, boolean competitive, String explanation,
                          boolean overridden, String overrideReason) {
}
