package org.wfed.activities.dto;

import org.wfed.core.Validation;

/** The eligibility ruling (资格审查) of a nominee; a refusal needs its reason. */
public record EligibilityInput(boolean eligible, String note, int version) {
    public EligibilityInput {
        new Validation().text("note", note, 500, !eligible).check();
    }
}
