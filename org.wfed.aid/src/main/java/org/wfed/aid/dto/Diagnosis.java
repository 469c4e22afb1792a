package org.wfed.aid.dto;

import java.time.LocalDate;

/**
 * A 两癌 diagnosis (确诊记录): site, FIGO stage for cervical cancer, invasive or not for breast.
 * Health data: only holders of {@code aid.health.read} see it.
 */
public record Diagnosis(long id, long personId, long unitId, CancerSite site, String stage, boolean invasive,
                        LocalDate diagnosedOn, boolean qualifiesForAid) {
}
