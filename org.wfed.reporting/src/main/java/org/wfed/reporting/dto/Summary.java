package org.wfed.reporting.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An annual work summary (年度工作总结) with its sections, figures and approval history. {@code issuer} and
 * {@code dated} are the 落款 the genre ends with (the issuing unit and the date: the last submission, else
 * the last change); {@code hasChildren} says whether figures can differ between the unit's own records and
 * its subtree; {@code unfilled} counts the template hints (（请补充…）) still to be written, which keep the
 * summary from being submitted; {@code reviewable} says whether the caller reviews it (approve or return: a user
 * holding reporting.approve in the unit's superior unit, core's {@code SuperiorUnit}), so that the console offers
 * the review only to her.
 */
public record Summary(long id, long unitId, String unitName, int year, String title, SummaryStatus status,
                      int version, Instant figuresAt, Instant updatedAt, List<SummarySection> sections,
                      List<Figure> figures, List<SummaryEvent> events, String issuer, LocalDate dated,
                      boolean hasChildren, int unfilled, boolean reviewable) {
}
