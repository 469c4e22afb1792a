package org.wfed.reporting.dto;

import java.time.Instant;

/** A unit on the approval board with its summary of the year, if any ({@code summaryId} null when none). */
public record BoardRow(long unitId, String unitName, boolean self, Long summaryId, SummaryStatus status, Integer version,
                       Instant updatedAt) {
}
