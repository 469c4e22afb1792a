package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A community clerk's application for a beneficiary: {@code amountFen} only for programmes without
 * a fixed amount (goods: their value), {@code appliedOn} defaults to today.
 */
public record ApplicationInput(long programmeId, long personId, String reason, Long amountFen, String goods,
                               LocalDate appliedOn) {
    public ApplicationInput {
        new Validation().positive("programmeId", programmeId).positive("personId", personId)
                .text("reason", reason, 500, true).text("goods", goods, 200, false)
                .rule(amountFen == null || amountFen > 0, "amountFen", "NOT_POSITIVE", "必须大于0")
                .notInFuture("appliedOn", appliedOn).check();
        appliedOn = appliedOn == null ? LocalDate.now() : appliedOn;
    }
}
