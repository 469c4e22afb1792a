package org.wfed.aid.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A beneficiary (救助对象) as a caller sees her: the bank account masked unless revealed; the
 * name of a child under 14 masked likewise.
 */
public record Beneficiary(long id, long personId, long unitId, String name, String sex, LocalDate birthDate, int age,
                          List<String> categories, String household, String bankName, String bankAccount,
                          String accountHolder, String guardianName, String guardianRelation, String guardianPhone,
                          LocalDate healthConsentOn, LocalDate guardianConsentOn, LocalDate recognizedOn, String note, boolean masked,
                          int version) {
}
