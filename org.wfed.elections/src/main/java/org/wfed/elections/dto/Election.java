package org.wfed.elections.dto;

import java.time.LocalDate;

/**
 * An election as lists show it: where it stands, the next step, the live quorum check and
 * whether it is late against its deadline.
 */
public record Election(long id, long unitId, String unitName, String title, LocalDate electionDate, LocalDate deadline,
                       int termYears, Step step, String stepZh, Step nextStep, String nextStepZh, Rules rules,
                       int votersDue, int votersPresent, boolean quorumMet, String quorumZh, boolean late,
                       LocalDate filedOn, int version) {
}
