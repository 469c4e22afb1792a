package org.wfed.activities.dto;

import java.util.List;
import org.wfed.core.Validation;

/**
 * A nomination: for a family the household name (e.g. 张xx家庭) and its members from the people registry; for
 * a person her person id; for a unit its name. {@code originUnitId} is the unit the nominee comes from (defaults
 * to the first member's unit, or the contest's unit).
 */
public record NominationInput(String name, Long personId, List<Member> members, Long originUnitId, String story,
                              NominatedBy nominatedBy, String nominator) {
    public NominationInput {
        members = members == null ? List.of() : List.copyOf(members);
        new Validation().text("name", name, 100, false).text("story", story, 4000, false)
                .required("nominatedBy", nominatedBy).text("nominator", nominator, 100, false)
                .rule(members.stream().map(Member::personId).distinct().count() == members.size(), "members",
                        "DUPLICATE", "同一人不能重复列为家庭成员")
                .check();
    }
}
