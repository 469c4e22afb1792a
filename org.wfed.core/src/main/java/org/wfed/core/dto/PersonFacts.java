package org.wfed.core.dto;

import java.time.LocalDate;
import java.time.Period;

/** The non-sensitive facts modules use in their rules (age, sex, education…); never the ID number. */
public record PersonFacts(long id, long unitId, String name, Sex sex, LocalDate birthDate, Education education,
                          boolean partyMember, String occupation, boolean ruralHukou) {

    public int ageOn(LocalDate day) {
        return birthDate == null ? -1 : Period.between(birthDate, day).getYears();
    }
}
