package org.wfed.core.dto;

import org.wfed.core.Validation;

/** One seat of a new leadership: who, which position, full- or part-time (专职/兼职), sector, 两委. */
public record LeaderInput(long personId, Position position, boolean fullTime, String sector, boolean inTwoCommittees,
                          String grid) {
    public LeaderInput {
        new Validation().positive("personId", personId).required("position", position)
                .text("sector", sector, 50, false).text("grid", grid, 50, false).check();
    }
}
