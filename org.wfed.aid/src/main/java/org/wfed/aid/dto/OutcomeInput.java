package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** Closes a follow-up: the outcome, the FIGO stage of a cervical cancer, whether a breast cancer is invasive. */
public record OutcomeInput(FollowUpOutcome outcome, String stage, Boolean invasive, LocalDate closedOn, int version) {
    public OutcomeInput {
        new Validation().required("outcome", outcome).notInFuture("closedOn", closedOn).text("stage", stage, 10, false)
                .check();
        closedOn = closedOn == null ? LocalDate.now() : closedOn;
        invasive = invasive != null && invasive;
    }
}
