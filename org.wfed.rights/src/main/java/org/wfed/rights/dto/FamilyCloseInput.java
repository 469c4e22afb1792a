package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** Taking a household off file (销档): from when and why. */
public record FamilyCloseInput(LocalDate closedOn, String reason, Integer version) {
    public FamilyCloseInput {
        new Validation().required("closedOn", closedOn).notInFuture("closedOn", closedOn).text("reason", reason, 500, true)
                .required("version", version).check();
    }
}
