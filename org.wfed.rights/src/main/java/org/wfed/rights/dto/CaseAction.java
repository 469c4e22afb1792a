package org.wfed.rights.dto;

import java.time.LocalDate;

/** A recorded step of a case; the note is withheld unless the case was revealed. */
public record CaseAction(long id, LocalDate actedOn, ActionKind kind, String note, String mediators, String result,
                         Long stationId, String recordedBy) {
}
