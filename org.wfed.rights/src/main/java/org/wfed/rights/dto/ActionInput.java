package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A step of a case's timeline; a mediation session names its mediators and its result, a temporary shelter stay
 * (临时庇护) the shelter: a core station of kind {@code SHELTER} (临时庇护所) of the case's unit, a unit above it or below.
 */
public record ActionInput(LocalDate actedOn, ActionKind kind, String note, String mediators, String result, Long stationId) {
    public ActionInput {
        new Validation().required("actedOn", actedOn).notInFuture("actedOn", actedOn).required("kind", kind)
                .text("note", note, 1000, false).text("mediators", mediators, 200, kind == ActionKind.MEDIATION)
                .text("result", result, 200, false)
                .rule(kind == ActionKind.SHELTER || stationId == null, "stationId", "NOT_SHELTER", "只有临时庇护记录选择庇护场所")
                .check();
    }

    /** A step without a station. */
    public ActionInput(LocalDate actedOn, ActionKind kind, String note, String mediators, String result) {
        this(actedOn, kind, note, mediators, result, null);
    }
}
