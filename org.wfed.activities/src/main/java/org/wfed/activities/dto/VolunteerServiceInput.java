package org.wfed.activities.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A volunteer service event as entered: the team (core's team id and/or its name, e.g. 美丽大姐志愿队), what
 * was done, volunteers count, total service hours (person-hours, one decimal), person-times served (服务群众…人次) and the people
 * served, each counted once (服务对象…名; a long service looking after the same people).
 */
public record VolunteerServiceInput(long unitId, LocalDate servedOn, Long teamId, String teamName, String content,
                                    int volunteers, BigDecimal hours, Integer beneficiaries, Integer peopleServed,
                                    Integer version) {
    public VolunteerServiceInput {
        beneficiaries = beneficiaries == null ? 0 : beneficiaries;
        peopleServed = peopleServed == null ? 0 : peopleServed;
        new Validation().positive("unitId", unitId).required("servedOn", servedOn).notInFuture("servedOn", servedOn)
                .text("teamName", teamName, 100, true).text("content", content, 500, true)
                .positive("volunteers", volunteers).required("hours", hours).notNegative("beneficiaries", beneficiaries)
                .notNegative("peopleServed", peopleServed)
                .rule(hours == null || hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(100_000)) < 0
                        && hours.stripTrailingZeros().scale() <= 1, "hours", "OUT_OF_RANGE", "服务时长应大于0，最多一位小数")
                .check();
    }
}
