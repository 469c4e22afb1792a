package org.wfed.aid.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wfed.aid.dto.EligibilityRules;
import org.wfed.core.dto.Sex;

/**
 * Evaluates a programme's eligibility rules (救助条件) for one candidate and one aid year. Pure:
 * the service loads the facts, this answers every reason for refusal, in Chinese.
 */
public final class EligibilityCheck {

    private final Map<String, String> categoryNames;

    /** @param categoryNames category code → Chinese name, for the messages */
    public EligibilityCheck(Map<String, String> categoryNames) {
        this.categoryNames = Map.copyOf(categoryNames);
    }

    /** The reasons the candidate may not receive the programme's aid in {@code year}; empty when she may. */
    public List<String> reasons(String programmeCode, String programmeName, EligibilityRules rules, Candidate who, int year) {
        List<String> out = new ArrayList<>();
        if (!rules.categories().isEmpty() && rules.categories().stream().noneMatch(who.categories()::contains)) {
            out.add("不属于本项目的救助对象类别（需为" + names(rules.categories()) + "之一）");
        }
        if (rules.sex() != null && rules.sex() != who.sex()) {
            out.add(rules.sex() == Sex.F ? "本项目仅限女性" : "本项目仅限男性");
        }
        boolean tooYoung = rules.minAge() != null && who.age() < rules.minAge();
        boolean tooOld = rules.maxAge() != null && who.age() > rules.maxAge();
        if (tooYoung || tooOld) {
            // no age in years here: the exact age on the application day would tell a birthday's half of the year
            out.add("按申请日期计，年龄不在本项目的年龄范围（" + range(rules) + "）内");
        }
        for (PastAid past : who.history()) {
            if (past.programmeCode().equals(programmeCode) && past.year() == year) {
                out.add("该人员" + year + "年已申请或获得「" + programmeName + "」，同一项目每年限一次");
                break;
            }
        }
        if (rules.onceEver()) {
            who.history().stream().filter(p -> p.programmeCode().equals(programmeCode)).findFirst()
                    .ifPresent(p -> out.add("「" + programmeName + "」每人终身限享受一次，该人员" + p.year() + "年已申请或获得"));
        }
        if (rules.noAidYears() > 0) {
            List<String> named = rules.noAidProgrammes().isEmpty() ? List.of(programmeCode) : rules.noAidProgrammes();
            who.history().stream()
                    .filter(p -> named.contains(p.programmeCode()))
                    .filter(p -> p.year() >= year - rules.noAidYears() && p.year() < year)
                    .findFirst()
                    .ifPresent(p -> out.add("近" + rules.noAidYears() + "年内已获得救助（" + p.year() + "年「"
                            + p.programmeName() + "」），本年度不能再申请"));
        }
        if (rules.requiresDiagnosis() && who.diagnoses().stream()
                .noneMatch(d -> CancerStages.qualifies(d.site(), d.stage(), d.invasive()))) {
            out.add("缺少符合条件的确诊记录（宫颈癌IIB期及以上或浸润性乳腺癌）");
        }
        return out;
    }

    private String names(List<String> codes) {
        return codes.stream().map(c -> categoryNames.getOrDefault(c, c)).collect(Collectors.joining("、"));
    }

    private static String range(EligibilityRules r) {
        if (r.minAge() != null && r.maxAge() != null) {
            return r.minAge() + "–" + r.maxAge() + "岁";
        }
        return r.minAge() != null ? r.minAge() + "岁及以上" : r.maxAge() + "岁及以下";
    }
}
