package org.wfed.elections.dto;

/** Votes of one name in one round, and the round's verdict on her. */
public record Tally(Long candidateId, String name, boolean writeIn, long yes, long no, long abstain, boolean elected,
                    boolean tied) {
}
