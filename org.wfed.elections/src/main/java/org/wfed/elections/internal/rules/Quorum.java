package org.wfed.elections.internal.rules;

/** 法定人数: the meeting may vote only when enough of the voters due (应到) are present (实到). */
public final class Quorum {

    private Quorum() {
    }

    public static Check check(RuleSet rules, long due, long present) {
        if (due <= 0) {
            return Check.fail("尚未登记应到人数，无法确认会议是否有效");
        }
        if (present < 0 || present > due) {
            return Check.fail("实到人数" + present + "人不能多于应到人数" + due + "人");
        }
        long needed = rules.quorum().minimumOf(due);
        String base = "应到" + due + "人，实到" + present + "人，须" + rules.quorum().zh() + "（至少" + needed + "人）到会";
        return rules.quorum().reachedBy(present, due)
                ? Check.pass(base + "，符合法定人数，选举有效")
                : Check.fail(base + "，不足法定人数，不能进行选举");
    }
}
