package org.wfed.elections.internal.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wfed.elections.dto.Composition;

/** Counts a group's composition the way the summaries report it: age, 35 and under, 大专及以上, party, 两委, sectors. */
final class Compositions {

    /** The age the summaries call young (35岁以下). */
    static final int YOUNG = 35;

    private Compositions() {
    }

    static Composition of(String group, String groupZh, List<Member> members, LocalDate day) {
        int count = members.size();
        double ageSum = 0;
        int aged = 0;
        int under35 = 0;
        int college = 0;
        int party = 0;
        int inTwo = 0;
        Map<String, Integer> sectors = new TreeMap<>();
        for (Member m : members) {
            int age = m.facts() == null ? -1 : m.facts().ageOn(day);
            if (age >= 0) {
                ageSum += age;
                aged++;
                if (age < YOUNG) {
                    under35++;
                }
            }
            if (m.facts() != null && m.facts().education() != null && m.facts().education().isCollegeOrAbove()) {
                college++;
            }
            if (m.facts() != null && m.facts().partyMember()) {
                party++;
            }
            if (m.inTwoCommittees()) {
                inTwo++;
            }
            String sector = m.sector() != null && !m.sector().isBlank() ? m.sector()
                    : m.facts() != null && m.facts().occupation() != null ? m.facts().occupation() : "其他";
            sectors.merge(sector, 1, Integer::sum);
        }
        Double avg = aged == 0 ? null : Math.round(ageSum / aged * 10) / 10.0;
        return new Composition(group, groupZh, count, avg, under35, college, party, inTwo, sectors);
    }
}
