package org.wfed.elections.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** The parent unit's approval (批复/备案): its date and reference (文号). */
public record ApprovalInput(LocalDate date, String documents) {
    public ApprovalInput {
        new Validation().required("date", date).text("documents", documents, 500, false).check();
    }
}
