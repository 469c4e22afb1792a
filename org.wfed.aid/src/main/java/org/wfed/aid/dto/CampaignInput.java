package org.wfed.aid.dto;

import org.wfed.core.Validation;

/**
 * A 两癌 screening campaign (筛查活动) of a unit's subtree: women aged {@code minAge}–{@code maxAge}
 * (default 35–64) in the campaign year, leaving out those screened in the last {@code skipYears}
 * years (default 2); abnormal results are due for follow-up within {@code followUpDays} (default 30).
 */
public record CampaignInput(long unitId, int year, String name, Integer minAge, Integer maxAge, Integer skipYears,
                            Integer followUpDays) {
    public CampaignInput {
        minAge = minAge == null ? 35 : minAge;
        maxAge = maxAge == null ? 64 : maxAge;
        skipYears = skipYears == null ? 2 : skipYears;
        followUpDays = followUpDays == null ? 30 : followUpDays;
        new Validation().positive("unitId", unitId).text("name", name, 100, true)
                .rule(year >= 2000 && year <= 2100, "year", "OUT_OF_RANGE", "年份不正确")
                .rule(minAge >= 0 && minAge <= maxAge && maxAge <= 120, "maxAge", "AGE_RANGE", "年龄范围不正确")
                .rule(skipYears >= 0 && skipYears <= 10, "skipYears", "OUT_OF_RANGE", "应在0–10年之间")
                .rule(followUpDays >= 1 && followUpDays <= 365, "followUpDays", "OUT_OF_RANGE", "应在1–365天之间")
                .check();
    }
}
