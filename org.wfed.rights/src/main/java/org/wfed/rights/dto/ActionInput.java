package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A step of a case's timeline; a mediation session names its mediators and its result. */
public record ActionInput(LocalDate actedOn, ActionKind kind, String note, String mediators, String result) {
    public ActionInput {
        new Validation().required("actedOn", actedOn).notInFuture("actedOn", actedOn).required("kind", kind)
                .text("note", note, 1000, false).text("mediators", mediators, 200, kind == ActionKind.MEDIATION)
                .text("result", result, 200, false).check();
    }
}
