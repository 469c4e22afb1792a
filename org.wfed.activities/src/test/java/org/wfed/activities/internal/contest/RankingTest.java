package org.wfed.activities.internal.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Ranking.Entry entry(long id, int votes, double... scores) {
        return new Ranking.Entry(id, java.util.Arrays.stream(scores).mapToObj(BigDecimal::valueOf).toList(), votes);
    }

    @Test
    void thirtyPercentVotesCanLiftALowerPanelScoreToTheTop() {
        // A: panel 85, most votes (100) → 0.7×85 + 0.3×100 = 89.5; B: panel 95, 20 votes → 66.5 + 6 = 72.5
        List<Ranking.Place> r = Ranking.rank(List.of(entry(1, 100, 90, 80), entry(2, 20, 95, 95)), 30);
        assertEquals(1, r.get(0).nomineeId());
        assertEquals(89.5, r.get(0).total());
        assertEquals(85.0, r.get(0).panelScore());
        assertEquals(100.0, r.get(0).voteScore());
        assertEquals(72.5, r.get(1).total());
        assertEquals(2, r.get(1).rank());
    }

    @Test
    void withoutAVoteShareThePanelDecides() {
        List<Ranking.Place> r = Ranking.rank(List.of(entry(1, 100, 90, 80), entry(2, 20, 95, 95)), 0);
        assertEquals(2, r.get(0).nomineeId());
        assertEquals(95.0, r.get(0).total());
    }

    @Test
    void equalTotalsShareARank() {
        List<Ranking.Place> r = Ranking.rank(List.of(entry(1, 0, 80), entry(2, 0, 90), entry(3, 0, 80)), 0);
        assertEquals(List.of(1, 2, 2), r.stream().map(Ranking.Place::rank).toList());
        assertEquals(List.of(2L, 1L, 3L), r.stream().map(Ranking.Place::nomineeId).toList());
    }

    @Test
    void aNomineeNobodyScoredHasAPanelScoreOfZero() {
        List<Ranking.Place> r = Ranking.rank(List.of(entry(1, 0), entry(2, 0, 60)), 0);
        assertEquals(0.0, r.get(1).panelScore());
        assertEquals(0, r.get(1).judges());
    }

    @Test
    void panelAverageIsRoundedToTwoDecimals() {
        List<Ranking.Place> r = Ranking.rank(List.of(entry(1, 0, 90, 85, 86)), 0);
        assertEquals(87.0, r.get(0).panelScore());
        r = Ranking.rank(List.of(entry(1, 0, 90, 85, 85)), 0);
        assertEquals(86.67, r.get(0).panelScore());
    }
}
