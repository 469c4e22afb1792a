package org.wfed.reporting.dto;

import java.time.Instant;
import java.util.List;

/** An annual work summary (年度工作总结) with its sections, figures and approval history. */
public record Summary(long id, long unitId, String unitName, int year, String title, SummaryStatus status,
                      int version, Instant figuresAt, Instant updatedAt, List<SummarySection> sections,
                      List<Figure> figures, List<SummaryEvent> events) {
}
