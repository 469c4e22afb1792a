package org.wfed.aid.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A beneficiary (救助对象) as a caller sees her: the bank account masked unless revealed; the
 * name of a child under 14 masked likewise; the birth date only when revealed, else its year
 * ({@code birthYear}) and the age she reaches this year ({@code age}, see core's {@code Masks.age}).
 */
public record Beneficiary(long id, long personId, long unitId, String name, String sex, LocalDate birthDate, int age,
                          Integer birthYear,
                          List<String> categories, String household, String bankName, String bankAccount,
                          String accountHolder, String guardianName, String guardianRelation, String guardianPhone,
                          LocalDate healthConsentOn, LocalDate guardianConsentOn, LocalDate recognizedOn, String note, boolean masked,
                          int version) {
}
