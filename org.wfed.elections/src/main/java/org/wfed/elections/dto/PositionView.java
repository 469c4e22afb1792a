package org.wfed.elections.dto;

import java.util.List;

/**
 * A position with its candidate list check, candidates, rounds and where its result stands:
 * elected so far, seats still open, names waiting for a re-vote after a tie.
 */
public record PositionView(long id, PositionKind kind, String kindZh, int seats, boolean competitive,
                           Verdict candidateList, List<Candidate> candidates, List<Round> rounds, int elected,
                           int openSeats, List<Long> revoteAmong, String explanation, boolean overridden,
                           String overrideReason) {
}
