package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A protection-order application (人身保护令申请: the day it was filed, urgent or not) or a police warning letter
 * (告诫书: the day it was issued and by whom), for a case.
 */
public record OrderInput(long caseId, OrderKind kind, LocalDate appliedOn, Boolean urgent, String issuedBy) {
    public OrderInput {
        urgent = urgent != null && urgent;
        new Validation().positive("caseId", caseId).required("kind", kind).required("appliedOn", appliedOn)
                .notInFuture("appliedOn", appliedOn).text("issuedBy", issuedBy, 100, false)
                .rule(kind != OrderKind.WARNING_LETTER || !urgent, "urgent", "NOT_APPLICABLE", "告诫书不区分紧急申请")
                .check();
    }
}
