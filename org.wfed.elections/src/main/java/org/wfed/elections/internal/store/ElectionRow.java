package org.wfed.elections.internal.store;

import java.time.LocalDate;
import org.wfed.elections.dto.Step;
import org.wfed.elections.internal.rules.RuleSet;
import org.wfed.elections.internal.rules.Share;

/** A row of elec_election. */
public record ElectionRow(long id, long unitId, String title, LocalDate electionDate, LocalDate deadline, int termYears,
                          Step step, String quorumShare, String winningShare, int surplusPercent, int votersDue,
                          int votersPresent, LocalDate filedOn, int version) {

    public RuleSet rules() {
        return new RuleSet(Share.parse(quorumShare), Share.parse(winningShare), surplusPercent);
    }

    /** Late: not filed and the deadline has passed. */
    public boolean lateOn(LocalDate today) {
        return deadline != null && step != Step.FILED && today.isAfter(deadline);
    }

    /** The last day of the new committee's term. */
    public LocalDate termTo() {
        return electionDate.plusYears(termYears).minusDays(1);
    }
}
