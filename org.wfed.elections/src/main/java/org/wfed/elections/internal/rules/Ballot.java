package org.wfed.elections.internal.rules;

import java.util.List;
import java.util.Map;

/**
 * One paper ballot (选票): a mark per listed candidate (unmarked = abstain) and the names written in
 * (另选他人), each a yes vote for that name.
 */
public record Ballot(Map<String, Mark> marks, List<String> writeIns) {

    public Ballot {
        marks = marks == null ? Map.of() : Map.copyOf(marks);
        writeIns = writeIns == null ? List.of() : writeIns.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Yes votes on the paper: marked yes plus written in. */
    public long yesVotes() {
        return marks.values().stream().filter(m -> m == Mark.YES).count() + writeIns.size();
    }
}
