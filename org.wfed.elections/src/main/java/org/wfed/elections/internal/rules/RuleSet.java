package org.wfed.elections.internal.rules;

/**
 * The rules of one election (选举办法): quorum share of voters due (应到), winning share of voters
 * due, and the minimum surplus of candidates over seats in a 差额 election, in percent.
 * Defaults follow the usual 选举办法: more than half present, yes votes from more than half of
 * those due, 差额 at least 20 % more candidates than seats (and always at least one more).
 */
public record RuleSet(Share quorum, Share winning, int surplusPercent) {

    public static final RuleSet DEFAULT = new RuleSet(Share.MORE_THAN_HALF, Share.MORE_THAN_HALF, 20);

    public RuleSet {
        if (quorum == null || winning == null) {
            throw new IllegalArgumentException("quorum and winning share are required");
        }
        if (surplusPercent < 0 || surplusPercent > 200) {
            throw new IllegalArgumentException("surplus percent out of range: " + surplusPercent);
        }
    }

    /**
     * The fewest candidates a position may have: seats for 等额; for 差额 seats × (1 + surplus),
     * rounded up, and never fewer than seats + 1.
     */
    public int minimumCandidates(int seats, boolean competitive) {
        if (!competitive) {
            return seats;
        }
        int bySurplus = (int) Math.ceil(seats * (100 + surplusPercent) / 100.0);
        return Math.max(seats + 1, bySurplus);
    }
}
