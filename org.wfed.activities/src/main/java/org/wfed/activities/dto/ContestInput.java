package org.wfed.activities.dto;

import org.wfed.core.Validation;

/** Opens a contest of a unit for a year; quota and title default from the type. */
public record ContestInput(long unitId, long typeId, int contestYear, String title, Integer quota) {
    public ContestInput {
        new Validation().positive("unitId", unitId).positive("typeId", typeId)
                .rule(contestYear >= 2000 && contestYear <= 2100, "contestYear", "OUT_OF_RANGE", "年度应在2000到2100之间")
                .text("title", title, 100, false).rule(quota == null || quota >= 0, "quota", "NEGATIVE", "不能为负数")
                .check();
    }
}
