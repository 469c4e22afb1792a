package org.wfed.elections.internal.rules;

import java.util.List;

/**
 * Who a round elected (当选), who tied at the last seat and must go to a re-vote (另行投票),
 * how many seats the re-vote fills, how many seats stay open for a further round, and the
 * explanation of every decision in Chinese.
 */
public record Outcome(List<String> elected, List<String> tied, int revoteSeats, int openSeats, List<String> explanation) {

    public Outcome {
        elected = List.copyOf(elected);
        tied = List.copyOf(tied);
        explanation = List.copyOf(explanation);
    }

    /** Every seat is filled and nobody waits for a re-vote. */
    public boolean complete() {
        return tied.isEmpty() && openSeats == 0;
    }
}
