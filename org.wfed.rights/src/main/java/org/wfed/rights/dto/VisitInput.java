package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A visit to a household on file (入户走访). */
public record VisitInput(LocalDate visitedOn, String visitor, String note) {
    public VisitInput {
        new Validation().required("visitedOn", visitedOn).notInFuture("visitedOn", visitedOn)
                .text("visitor", visitor, 50, true).text("note", note, 1000, false).check();
    }
}
