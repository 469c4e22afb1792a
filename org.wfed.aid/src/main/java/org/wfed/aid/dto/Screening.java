package org.wfed.aid.dto;

import java.time.LocalDate;

/**
 * A screening record as a caller sees it: results masked ("***") unless she holds the reveal
 * permission and asked; {@code duplicate} when the woman was screened twice in the year.
 */
public record Screening(long id, long campaignId, long personId, String name, long unitId, LocalDate screenedOn,
                        String cervicalMethod, String cervicalResult, String breastClinical, String breastBirads,
                        String mammography, String abnormal, boolean duplicate, boolean masked) {
}
