package org.wfed.activities.dto;

import org.wfed.core.Validation;

/** A member of a nominated family: a person of core's registry and her relation in the household (户主, 配偶…). */
public record Member(long personId, String name, String relation) {
    public Member {
        new Validation().positive("personId", personId).text("relation", relation, 20, false).check();
    }
}
