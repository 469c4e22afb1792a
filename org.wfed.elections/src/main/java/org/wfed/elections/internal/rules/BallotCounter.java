package org.wfed.elections.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts paper ballots one by one (唱票计票). A ballot is invalid when it gives more yes votes
 * (marked plus written in) than there are seats (多选作废), or marks a name not on the list;
 * an unmarked listed name counts as an abstention.
 */
public final class BallotCounter {

    private BallotCounter() {
    }

    public static Tally count(int seats, List<String> candidates, List<Ballot> ballots) {
        Map<String, Votes> votes = new LinkedHashMap<>();
        candidates.forEach(c -> votes.put(c, Votes.NONE));
        Map<String, Long> writeIns = new LinkedHashMap<>();
        long valid = 0;
        long invalid = 0;
        for (Ballot b : ballots) {
            if (!isValid(seats, votes, b)) {
                invalid++;
                continue;
            }
            valid++;
            for (String c : candidates) {
                Mark m = b.marks().getOrDefault(c, Mark.ABSTAIN);
                votes.put(c, votes.get(c).plus(m));
            }
            b.writeIns().forEach(name -> writeIns.merge(name, 1L, Long::sum));
        }
        return new Tally(valid, invalid, votes, writeIns);
    }

    /** Whether one ballot counts: not over-marked, only names on the list, no name written in twice. */
    public static boolean isValid(int seats, Map<String, ?> listed, Ballot b) {
        if (b.yesVotes() > seats) {
            return false;
        }
        if (!listed.keySet().containsAll(b.marks().keySet())) {
            return false;
        }
        return b.writeIns().stream().distinct().count() == b.writeIns().size();
    }
}
