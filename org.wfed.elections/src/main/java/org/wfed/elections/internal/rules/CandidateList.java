package org.wfed.elections.internal.rules;

/**
 * The size rule of a candidate list (候选人名单): 等额 exactly one candidate per seat; 差额 at least
 * the configured surplus over the seats.
 */
public final class CandidateList {

    private CandidateList() {
    }

    public static Check check(RuleSet rules, String positionZh, int seats, boolean competitive, int candidates) {
        int min = rules.minimumCandidates(seats, competitive);
        String base = positionZh + "应选" + seats + "名，现有候选人" + candidates + "名";
        if (competitive) {
            return candidates >= min
                    ? Check.pass(base + "，符合差额选举要求（差额比例不少于" + rules.surplusPercent() + "%，至少" + min + "名）")
                    : Check.fail(base + "，差额选举要求候选人多于应选名额" + rules.surplusPercent() + "%以上，至少应有" + min + "名候选人");
        }
        return candidates == seats
                ? Check.pass(base + "，符合等额选举要求")
                : Check.fail(base + "，等额选举要求候选人数与应选名额相等（" + seats + "名）");
    }
}
