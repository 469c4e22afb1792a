package org.wfed.reporting.internal.summary;

import java.time.Instant;
import org.wfed.reporting.dto.SummaryStatus;

/** A rep_summary row. */
public record SummaryRow(long id, long unitId, int year, String title, SummaryStatus status, Instant figuresAt,
                         Instant updatedAt, int version) {
}
