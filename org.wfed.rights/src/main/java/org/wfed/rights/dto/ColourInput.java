package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A household's new colour, from when, and why. */
public record ColourInput(String colour, LocalDate changedOn, String reason, Integer version) {
    public ColourInput {
        new Validation().text("colour", colour, 20, true).required("changedOn", changedOn)
                .notInFuture("changedOn", changedOn).text("reason", reason, 500, true).required("version", version).check();
    }
}
