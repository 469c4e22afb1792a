package org.wfed.elections.internal.rules;

import java.util.Map;

/**
 * The result of counting one round (计票结果): valid and invalid ballots, votes per listed
 * candidate (by key, in list order) and yes votes per written-in name.
 */
public record Tally(long valid, long invalid, Map<String, Votes> candidates, Map<String, Long> writeIns) {

    public Tally {
        candidates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(candidates));
        writeIns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(writeIns));
    }

    public long returned() {
        return valid + invalid;
    }
}
