package org.wfed.services.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A job seeker as entered: {@code personId} of core's person registry (her name then comes from the registry) or a
 * {@code name}; registered unemployed (登记失业) with the date since when.
 */
public record SeekerInput(long unitId, Long personId, String name, String skills, String wishes, LocalDate registeredOn,
                          Boolean unemployed, LocalDate unemployedSince, Integer version) {
    public SeekerInput {
        unemployed = Boolean.TRUE.equals(unemployed);
        Validation v = new Validation().positive("unitId", unitId);
        if (personId == null) {
            v.text("name", name, 50, true);
        } else {
            v.positive("personId", personId).text("name", name, 50, false);
        }
        v.text("skills", skills, 500, false).text("wishes", wishes, 500, false).required("registeredOn", registeredOn)
                .notInFuture("registeredOn", registeredOn)
                .rule(unemployed || unemployedSince == null, "unemployedSince", "NOT_UNEMPLOYED", "未登记失业的人员不填失业日期")
                .notInFuture("unemployedSince", unemployedSince).check();
    }
}
