package org.wfed.elections.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides who is elected in a valid round: a contender needs yes votes reaching the winning share
 * of the voters DUE (应到, not present); those who do are elected in order of yes votes up to the
 * seats. A tie across the last seat goes to a re-vote among the tied; seats nobody won stay open
 * for a further round.
 */
public final class ElectionDecision {

    private ElectionDecision() {
    }

    public static Outcome decide(RuleSet rules, int seats, long due, List<Contender> contenders) {
        Share share = rules.winning();
        long needed = share.minimumOf(due);
        List<String> lines = new ArrayList<>();
        lines.add("应选" + seats + "名。当选须获得赞成票" + share.zh() + "应到人数" + due + "人，即至少" + needed + "票（按应到人数计算，不按实到人数）");
        List<Contender> sorted = new ArrayList<>(contenders);
        sorted.sort(Comparator.comparingLong(Contender::yes).reversed());
        List<Contender> passing = sorted.stream().filter(c -> share.reachedBy(c.yes(), due)).toList();
        for (Contender c : sorted) {
            if (!share.reachedBy(c.yes(), due)) {
                lines.add(label(c) + "得赞成票" + c.yes() + "票，未达到" + needed + "票，未当选");
            }
        }
        List<String> elected = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        int revoteSeats = 0;
        if (passing.size() <= seats) {
            passing.forEach(c -> {
                elected.add(c.key());
                lines.add(label(c) + "得赞成票" + c.yes() + "票，达到" + needed + "票，当选");
            });
        } else {
            long last = passing.get(seats - 1).yes();
            List<Contender> above = passing.stream().filter(c -> c.yes() > last).toList();
            List<Contender> atLast = passing.stream().filter(c -> c.yes() == last).toList();
            int remaining = seats - above.size();
            for (Contender c : above) {
                elected.add(c.key());
                lines.add(label(c) + "得赞成票" + c.yes() + "票，达到" + needed + "票且名次在应选名额之内，当选");
            }
            if (atLast.size() <= remaining) {
                atLast.forEach(c -> {
                    elected.add(c.key());
                    lines.add(label(c) + "得赞成票" + c.yes() + "票，达到" + needed + "票且名次在应选名额之内，当选");
                });
            } else {
                revoteSeats = remaining;
                atLast.forEach(c -> tied.add(c.key()));
                lines.add(String.join("、", atLast.stream().map(ElectionDecision::label).toList()) + "均得赞成票" + last
                        + "票，票数相等且超出剩余名额" + remaining + "名，应就这" + atLast.size() + "人另行投票，以得票多者当选");
            }
            for (Contender c : passing) {
                if (c.yes() < last) {
                    lines.add(label(c) + "得赞成票" + c.yes() + "票，虽达到" + needed + "票，但得票名次在应选名额" + seats + "名之外，未当选");
                }
            }
        }
        int open = seats - elected.size() - revoteSeats;
        if (open > 0) {
            lines.add("尚有" + open + "个名额无人当选，可在未当选的候选人中另行选举（下一轮投票），也可留缺");
        }
        if (open == 0 && tied.isEmpty()) {
            lines.add("应选名额已全部选出");
        }
        return new Outcome(elected, tied, revoteSeats, open, lines);
    }

    private static String label(Contender c) {
        return c.writeIn() ? "另选人" + c.name() : c.name();
    }
}
