package org.wfed.elections.internal.rules;

/**
 * The counting sheet's totals of one round (一轮投票): ballots issued (发出), returned (收回),
 * valid (有效) and invalid (无效).
 */
public record RoundCount(long issued, long returned, long valid, long invalid) {

    /**
     * A round is valid only if no more ballots came back than were issued and valid + invalid
     * add up to the ballots returned; otherwise it is void and must be re-run.
     */
    public Check validity() {
        String totals = "发出选票" + issued + "张，收回" + returned + "张，其中有效票" + valid + "张、无效票" + invalid + "张";
        if (issued < 0 || returned < 0 || valid < 0 || invalid < 0) {
            return Check.fail(totals + "：票数不能为负数，本轮投票无效");
        }
        if (returned > issued) {
            return Check.fail(totals + "：收回选票多于发出选票，本轮投票无效，应重新投票");
        }
        if (valid + invalid != returned) {
            return Check.fail(totals + "：有效票与无效票之和不等于收回票数，本轮投票无效，应重新投票");
        }
        return Check.pass(totals + "：收回选票不多于发出选票，本轮投票有效");
    }
}
