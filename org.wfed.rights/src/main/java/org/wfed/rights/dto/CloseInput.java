package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** Closing a case (结案): the outcome is required; a referral names to whom. */
public record CloseInput(Outcome outcome, String note, LocalDate closedOn, Integer version) {
    public CloseInput {
        new Validation().required("outcome", outcome).required("closedOn", closedOn).notInFuture("closedOn", closedOn)
                .text("note", note, 200, outcome == Outcome.REFERRED).required("version", version).check();
    }
}
