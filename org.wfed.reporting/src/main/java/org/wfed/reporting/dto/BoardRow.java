package org.wfed.reporting.dto;

import java.time.Instant;

/**
 * A unit on the approval board with its summary of the year, if any ({@code summaryId} null when none);
 * {@code reviewable}: the caller reviews this unit's summaries (the rule of {@code Summary#reviewable}), so the board
 * offers 审核 only where she can act.
 */
public record BoardRow(long unitId, String unitName, boolean self, Long summaryId, SummaryStatus status, Integer version,
                       Instant updatedAt, boolean reviewable) {
}
