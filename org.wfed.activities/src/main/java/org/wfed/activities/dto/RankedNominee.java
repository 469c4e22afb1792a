package org.wfed.activities.dto;

/**
 * A line of the ranking (评审排名): the panel average, the public votes turned into a score (100 for the most
 * votes), the weighted total and the rank (equal totals share a rank).
 */
public record RankedNominee(long nomineeId, String name, NomineeStatus status, int judges, double panelScore,
                            int votes, double voteScore, double total, int rank) {
}
