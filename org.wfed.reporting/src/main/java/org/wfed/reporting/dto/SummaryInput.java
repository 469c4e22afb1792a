package org.wfed.reporting.dto;

import org.wfed.core.Validation;

/** Asks for the draft of a unit's summary of a year. */
public record SummaryInput(Long unitId, Integer year) {
    public SummaryInput {
        new Validation().required("unitId", unitId).required("year", year)
                .rule(year == null || (year >= 2000 && year <= 2100), "year", "OUT_OF_RANGE", "年份应在2000至2100之间")
                .check();
    }
}
