package org.wfed.elections.dto;

import org.wfed.core.Validation;

/** Voters due (应到) and present (实到) at the congress or assembly. */
public record AttendanceInput(int votersDue, int votersPresent, Integer version) {
    public AttendanceInput {
        new Validation().positive("votersDue", votersDue).notNegative("votersPresent", votersPresent)
                .rule(votersPresent <= votersDue, "votersPresent", "MORE_THAN_DUE", "实到人数不能多于应到人数").check();
    }
}
