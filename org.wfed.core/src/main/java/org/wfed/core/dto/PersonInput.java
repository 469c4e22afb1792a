package org.wfed.core.dto;

import java.time.LocalDate;
import org.wfed.core.IdNumber;
import org.wfed.core.Validation;

/**
 * What staff enter for a person. With an ID number, sex and birth date come from it (and must
 * agree when also given); without, both are required for a new person. An update ({@code version}
 * given) may leave the ID number, sex and birth date out: they are kept.
 */
public record PersonInput(long unitId, String name, String idNumber, Sex sex, LocalDate birthDate, String phone,
                          String household, Education education, Boolean partyMember, String occupation,
                          Boolean ruralHukou, Integer version) {
    public PersonInput {
        Validation v = new Validation().positive("unitId", unitId).text("name", name, 50, true)
                .text("phone", phone, 20, false).text("household", household, 100, false)
                .text("occupation", occupation, 50, false).notInFuture("birthDate", birthDate);
        if (phone != null && !phone.isBlank() && !phone.matches("[0-9+\\- ]{5,20}")) {
            v.add("phone", "INVALID_PHONE", "电话号码格式不正确");
        }
        if (idNumber != null && !idNumber.isBlank()) {
            IdNumber id = IdNumber.parse(idNumber);
            idNumber = id.value();
            Sex fromId = id.sex() == 'F' ? Sex.F : Sex.M;
            v.rule(sex == null || sex == fromId, "sex", "SEX_MISMATCH", "与身份证号码不符");
            v.rule(birthDate == null || birthDate.equals(id.birthDate()), "birthDate", "BIRTH_MISMATCH", "与身份证号码不符");
            sex = fromId;
            birthDate = id.birthDate();
        } else {
            idNumber = null;
            if (version == null) {
                v.required("sex", sex).required("birthDate", birthDate);
            }
        }
        v.check();
        name = name.trim();
        partyMember = partyMember != null && partyMember;
        ruralHukou = ruralHukou != null && ruralHukou;
    }
}
