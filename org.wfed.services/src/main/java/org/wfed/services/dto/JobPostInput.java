package org.wfed.services.dto;

import java.time.LocalDate;
import java.util.Set;
import org.wfed.core.Validation;

/** A job post as entered; {@code source} DEVELOPED (开发岗位) or EMPLOYER (单位招聘, the default). */
public record JobPostInput(long unitId, String source, String employer, String title, int places, String pay,
                           LocalDate openedOn, LocalDate closedOn, Integer version) {
    public static final Set<String> SOURCES = Set.of("DEVELOPED", "EMPLOYER");

    public JobPostInput {
        source = source == null || source.isBlank() ? "EMPLOYER" : source.trim();
        new Validation().positive("unitId", unitId)
                .rule(SOURCES.contains(source), "source", "UNKNOWN_SOURCE", "岗位来源应为开发岗位（DEVELOPED）或单位招聘（EMPLOYER）")
                .text("employer", employer, 200, true).text("title", title, 200, true)
                .rule(places >= 1 && places <= 100_000, "places", "OUT_OF_RANGE", "招聘人数应在1到100000之间")
                .text("pay", pay, 100, false).required("openedOn", openedOn).notInFuture("openedOn", openedOn)
                .rule(closedOn == null || openedOn == null || !closedOn.isBefore(openedOn), "closedOn", "BEFORE_OPENED",
                        "截止日期不能早于发布日期")
                .check();
    }
}
