package org.wfed.aid.dto;

import java.util.List;
import org.wfed.core.dto.Sex;

/**
 * A programme's eligibility rules (救助条件). Empty {@code categories} means any person;
 * {@code noAidYears} N refuses a person aided in the N years before the application year by any of
 * {@code noAidProgrammes} (codes; empty = this programme); {@code requiresDiagnosis} asks for a
 * qualifying 两癌 diagnosis (cervical cancer stage IIB or later, or invasive breast cancer).
 */
public record EligibilityRules(List<String> categories, Sex sex, Integer minAge, Integer maxAge, boolean onceEver,
                               int noAidYears, List<String> noAidProgrammes, boolean requiresDiagnosis) {
    public EligibilityRules {
        categories = categories == null ? List.of() : List.copyOf(categories);
        noAidProgrammes = noAidProgrammes == null ? List.of() : List.copyOf(noAidProgrammes);
    }
}
