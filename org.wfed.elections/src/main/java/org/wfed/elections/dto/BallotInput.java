package org.wfed.elections.dto;

import java.util.List;
import java.util.Map;

/** One paper ballot: candidate id → YES, NO or ABSTAIN (unmarked = abstain), and written-in names. */
public record BallotInput(Map<String, String> marks, List<String> writeIns) {
}
