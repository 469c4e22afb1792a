package org.wfed.rights.dto;

import java.time.LocalDate;

/**
 * A protection order or warning letter. {@code decisionDue} is the law's deadline for a pending application
 * (72 hours after filing, 24 if urgent, counted in days); {@code overdue} when it passed without a decision.
 */
public record Order(long id, long caseId, long unitId, String unitName, OrderKind kind, LocalDate appliedOn,
                    boolean urgent, OrderStatus status, LocalDate decidedOn, LocalDate validUntil, String issuedBy,
                    LocalDate decisionDue, boolean overdue, int version) {
}
