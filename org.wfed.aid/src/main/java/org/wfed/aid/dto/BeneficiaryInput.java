package org.wfed.aid.dto;

import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Validation;
import org.wfed.core.dto.PersonInput;

/**
 * What a clerk enters for a beneficiary: to register, an existing {@code personId} or a new
 * {@code person} for core's registry (matched by ID number when already registered); a change
 * ignores both and needs {@code version}.
 */
public record BeneficiaryInput(Long personId, PersonInput person, List<String> categories, String household,
                               String bankName, String bankAccount, String accountHolder, String guardianName,
                               String guardianRelation, String guardianPhone, LocalDate healthConsentOn,
                               LocalDate guardianConsentOn, LocalDate recognizedOn, String note, Integer version) {
    public BeneficiaryInput {
        Validation v = new Validation().text("household", household, 200, false).text("bankName", bankName, 100, false)
                .text("accountHolder", accountHolder, 50, false).text("guardianName", guardianName, 50, false)
                .text("guardianRelation", guardianRelation, 20, false).text("guardianPhone", guardianPhone, 20, false)
                .text("note", note, 500, false).notInFuture("healthConsentOn", healthConsentOn)
                .notInFuture("guardianConsentOn", guardianConsentOn)
                .notInFuture("recognizedOn", recognizedOn);
        if (bankAccount != null && !bankAccount.isBlank()) {
            bankAccount = bankAccount.replace(" ", "");
            v.rule(bankAccount.matches("[0-9]{12,30}"), "bankAccount", "INVALID_BANK_ACCOUNT", "银行账号应为12–30位数字");
        } else {
            bankAccount = null;
        }
        v.check();
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
