package org.wfed.elections.dto;

import org.wfed.core.Validation;

/** A nomination: who (a person of the registry), for which position, her sector, 两委 and 专职/兼职. */
public record CandidateInput(long positionId, long personId, String sector, Boolean inTwoCommittees, Boolean fullTime) {
    public CandidateInput {
        new Validation().positive("positionId", positionId).positive("personId", personId)
                .text("sector", sector, 50, false).check();
        inTwoCommittees = inTwoCommittees != null && inTwoCommittees;
        fullTime = fullTime != null && fullTime;
    }
}
