package org.wfed.elections.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Sex;

/**
 * 资格审查 of a candidate: a woman, 18 or older on election day, neither scrutineer (监票人) nor
 * counter (计票人) of the election, and listed only once for the position.
 */
public final class Eligibility {

    /** The age a candidate must have reached on election day. */
    public static final int MINIMUM_AGE = 18;

    private Eligibility() {
    }

    /** Every reason the person may not stand; empty when she may. */
    public static List<String> reasons(PersonFacts person, LocalDate electionDay, boolean isScrutineerOrCounter,
                                       boolean alreadyListed) {
        List<String> reasons = new ArrayList<>();
        if (person.sex() != Sex.F) {
            reasons.add(person.name() + "不是女性，不能作为妇联候选人");
        }
        int age = person.ageOn(electionDay);
        if (age < MINIMUM_AGE) {
            reasons.add(person.name() + "在选举日" + electionDay + (age < 0 ? "的年龄无法确定（缺少出生日期）" : "未满" + MINIMUM_AGE + "周岁"));
        }
        if (isScrutineerOrCounter) {
            reasons.add(person.name() + "是本次选举的监票人或计票人，不能同时作为候选人");
        }
        if (alreadyListed) {
            reasons.add(person.name() + "已在该职位候选人名单中，不能重复提名");
        }
        return reasons;
    }
}
