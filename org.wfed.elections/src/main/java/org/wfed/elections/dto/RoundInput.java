package org.wfed.elections.dto;

import java.util.List;
import org.wfed.core.Validation;

/**
 * The count of one round of one position, entered ballot by ballot ({@code ballots}) or from the
 * counting sheet ({@code tallies}, {@code writeIns}, {@code valid}, {@code invalid}). Voters due and
 * present default to the congress's attendance (or, at the first meeting, to the elected 执委).
 */
public record RoundInput(Integer votersDue, Integer votersPresent, long issued, Long returned, Long valid, Long invalid,
                         List<BallotInput> ballots, List<TallyInput> tallies, List<WriteInInput> writeIns) {
    public RoundInput {
        Validation v = new Validation().notNegative("issued", issued);
        boolean byBallots = ballots != null && !ballots.isEmpty();
        boolean byTallies = tallies != null && !tallies.isEmpty();
        v.rule(byBallots != byTallies, "ballots", "ONE_MODE", "请逐张录入选票，或按计票单录入各候选人票数（二选一）");
        if (byTallies) {
            v.required("returned", returned).required("valid", valid).required("invalid", invalid);
        }
        v.rule(votersDue == null || votersDue > 0, "votersDue", "NOT_POSITIVE", "必须大于0");
        v.rule(votersPresent == null || votersPresent >= 0, "votersPresent", "NEGATIVE", "不能为负数");
        v.check();
        ballots = ballots == null ? List.of() : List.copyOf(ballots);
        tallies = tallies == null ? List.of() : List.copyOf(tallies);
        writeIns = writeIns == null ? List.of() : List.copyOf(writeIns);
    }

    public boolean byBallots() {
        return !ballots.isEmpty();
    }
}
