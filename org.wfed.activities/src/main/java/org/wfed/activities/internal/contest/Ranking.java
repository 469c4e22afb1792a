package org.wfed.activities.internal.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The review ranking (评审排名): the panel score is the average of the judges' scores; public votes become a
 * score of 100 for the nominee with most votes and proportionally less for the others; the total weighs them
 * by the type's vote share (30 → 30% votes + 70% panel). Equal totals share a rank (1, 1, 3); ties are listed
 * by panel score, then in nomination order.
 */
public final class Ranking {

    /** A nominee's raw review figures. */
    public record Entry(long nomineeId, List<BigDecimal> scores, int votes) {
        public Entry {
            scores = List.copyOf(scores);
        }
    }

    /** A nominee's computed place. */
    public record Place(long nomineeId, int judges, double panelScore, int votes, double voteScore, double total,
                        int rank) {
    }

    private Ranking() {
    }

    public static List<Place> rank(List<Entry> entries, int voteSharePercent) {
        if (voteSharePercent < 0 || voteSharePercent > 100) {
            throw new IllegalArgumentException("vote share " + voteSharePercent);
        }
        int maxVotes = entries.stream().mapToInt(Entry::votes).max().orElse(0);
        List<Place> unranked = new ArrayList<>();
        for (Entry e : entries) {
            double panel = e.scores().isEmpty() ? 0
                    : e.scores().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(e.scores().size()), 4, RoundingMode.HALF_UP).doubleValue();
            double voteScore = maxVotes == 0 ? 0 : 100.0 * e.votes() / maxVotes;
            double total = (panel * (100 - voteSharePercent) + voteScore * voteSharePercent) / 100.0;
            unranked.add(new Place(e.nomineeId(), e.scores().size(), round(panel), e.votes(), round(voteScore),
                    round(total), 0));
        }
        unranked.sort(Comparator.comparingDouble(Place::total).reversed()
                .thenComparing(Comparator.comparingDouble(Place::panelScore).reversed())
                .thenComparingLong(Place::nomineeId));
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Place p = unranked.get(i);
            int rank = i > 0 && out.get(i - 1).total() == p.total() ? out.get(i - 1).rank() : i + 1;
            out.add(new Place(p.nomineeId(), p.judges(), p.panelScore(), p.votes(), p.voteScore(), p.total(), rank));
        }
        return out;
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
