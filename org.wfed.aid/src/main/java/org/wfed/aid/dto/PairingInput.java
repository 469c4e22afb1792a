package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * Pairs the helper {@code helperPersonId} (结对帮扶人, a person of the registry) with the household of the
 * beneficiary {@code personId} from {@code startedOn} (default today); {@code note} names the project.
 */
public record PairingInput(long personId, long helperPersonId, LocalDate startedOn, String note) {
    public PairingInput {
        new Validation().positive("personId", personId).positive("helperPersonId", helperPersonId)
                .rule(personId != helperPersonId, "helperPersonId", "SAME_PERSON", "结对帮扶人不能是救助对象本人")
                .text("note", note, 200, false).notInFuture("startedOn", startedOn).check();
        startedOn = startedOn == null ? LocalDate.now() : startedOn;
        note = note == null || note.isBlank() ? null : note.trim();
    }
}
