package org.wfed.elections.internal.store;

/** A row of elec_tally: a listed candidate's or a written-in name's votes in a round. */
public record TallyRow(long roundId, Long candidateId, String writeIn, long yes, long no, long abstain, boolean elected,
                       boolean tied) {
}
