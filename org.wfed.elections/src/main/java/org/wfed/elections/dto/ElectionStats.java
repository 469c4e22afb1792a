package org.wfed.elections.dto;

import java.util.List;

/** Composition of the new committee against the previous term's, per position. */
public record ElectionStats(long electionId, List<Composition> after, List<Composition> before) {
}
