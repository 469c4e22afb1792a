package org.wfed.core.dto;

import java.time.LocalDate;

/**
 * A person as an API caller sees her: the ID number (area code only), phone and a child's name masked,
 * and the birth date given as its year only ({@code birthDate} null), unless the caller may and asked to
 * see them ({@code masked} false).
 */
public record Person(long id, long unitId, String name, Sex sex, LocalDate birthDate, String idNumber,
                     String phone, String household, Education education, boolean partyMember,
                     String occupation, boolean ruralHukou, boolean masked, int version, Integer birthYear) {

    /** A person as before the birth year was its own field: the year taken from the birth date. */
    public Person(long id, long unitId, String name, Sex sex, LocalDate birthDate, String idNumber, String phone, String household,
                  Education education, boolean partyMember, String occupation, boolean ruralHukou, boolean masked, int version) {
        this(id, unitId, name, sex, birthDate, idNumber, phone, household, education, partyMember, occupation, ruralHukou, masked,
                version, birthDate == null ? null : birthDate.getYear());
    }
}
