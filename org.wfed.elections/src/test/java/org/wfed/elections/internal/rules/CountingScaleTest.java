package org.wfed.elections.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A congress-sized count: 2,000 paper ballots over 40 candidates for 33 seats, counted and
 * decided well within a second (the figure quoted in docs/elections.md).
 */
class CountingScaleTest {

    @Test
    void countsTwoThousandBallotsOverFortyCandidatesQuickly() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("c" + i);
        }
        Random random = new Random(42);
        List<Ballot> ballots = new ArrayList<>();
        for (int b = 0; b < 2000; b++) {
            Map<String, Mark> marks = new HashMap<>();
            int yes = 0;
            for (String n : names) {
                // candidates early in the list are more popular; every 100th ballot is over-marked
                boolean y = (b % 100 == 0) || random.nextInt(40) >= names.indexOf(n) / 2 + 3;
                if (y && (yes < 33 || b % 100 == 0)) {
                    marks.put(n, Mark.YES);
                    yes++;
                } else {
                    marks.put(n, random.nextBoolean() ? Mark.NO : Mark.ABSTAIN);
                }
            }
            ballots.add(new Ballot(marks, List.of()));
        }
        Tally t = null;
        Outcome o = null;
        long millis = 0;
        // the second pass is the figure: the first includes class loading and JIT warm-up
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            Tally counted = BallotCounter.count(33, names, ballots);
            List<Contender> contenders = names.stream().map(n -> new Contender(n, n, counted.candidates().get(n).yes(), false)).toList();
            o = ElectionDecision.decide(RuleSet.DEFAULT, 33, 2000, contenders);
            t = counted;
            millis = (System.nanoTime() - start) / 1_000_000;
        }
        assertEquals(20, t.invalid());
        assertEquals(1980, t.valid());
        assertTrue(o.elected().size() + o.tied().size() + o.openSeats() >= 1);
        assertTrue(millis < 2000, "took " + millis + " ms");
        System.out.println("counted 2000 ballots x 40 candidates and decided in " + millis + " ms");
    }
}
