package org.wfed.aid.internal.beneficiary;

import java.time.LocalDate;
import java.util.List;

/** aid_beneficiary as stored: the bank account raw, never to leave the server unmasked but through Sensitive. */
public record BeneficiaryRow(long id, long personId, long unitId, List<String> categories, String household,
                             String bankName, String bankAccount, String accountHolder, String guardianName,
                             String guardianRelation, String guardianPhone, LocalDate healthConsentOn,
                             LocalDate guardianConsentOn, LocalDate recognizedOn, String note, int version) {
}
