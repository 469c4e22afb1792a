package org.wfed.elections.internal.store;

/** A row of elec_candidate. */
public record CandidateRow(long id, long positionId, long personId, String sector, boolean inTwoCommittees,
                           boolean fullTime, boolean elected, int votes) {
}
