package org.wfed.core.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A 巾帼志愿者 team of a unit, with its leader and member count. */
public record VolunteerTeam(long id, long unitId, String name, String leaderName, int members, LocalDate foundedOn,
                            int version) {
    public VolunteerTeam {
        new Validation().text("name", name, 100, true).text("leaderName", leaderName, 50, false)
                .notNegative("members", members).notInFuture("foundedOn", foundedOn).check();
    }
}
