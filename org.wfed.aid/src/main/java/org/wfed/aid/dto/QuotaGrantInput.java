package org.wfed.aid.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A grant of places as the unit records it: programme, year, granting level, places (1–10000), whether it binds the
 * programme's applications (default true), the document and its day; {@code version} on a change.
 */
public record QuotaGrantInput(long unitId, long programmeId, int year, GrantLevel level, int places, Boolean binding,
                              String documentNo, LocalDate grantedOn, Integer version) {
    public QuotaGrantInput {
        binding = binding == null || binding;
        new Validation().positive("unitId", unitId).positive("programmeId", programmeId).required("level", level)
                .required("grantedOn", grantedOn).notInFuture("grantedOn", grantedOn)
                .text("documentNo", documentNo, 100, false)
                .rule(year >= 2000 && year <= 2100, "year", "OUT_OF_RANGE", "年度应在2000–2100之间")
                .rule(places >= 1 && places <= 10_000, "places", "OUT_OF_RANGE", "名额应在1–10000个之间")
                .rule(grantedOn == null || grantedOn.getYear() <= year + 1 && grantedOn.getYear() >= year - 1, "grantedOn",
                        "OUT_OF_RANGE", "下达日期应在名额所属年度前后一年内")
                .check();
    }
}
