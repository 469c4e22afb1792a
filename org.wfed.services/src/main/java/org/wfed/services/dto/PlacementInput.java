package org.wfed.services.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A placement as entered: the seeker, optionally the post she took (then the employer may be left out), the day and
 * how it was confirmed (回访、劳动合同…). {@code override} records a placement beyond the post's places (audited);
 * {@code referralId} names the referral (推荐) of the same seeker it came from.
 */
public record PlacementInput(long seekerId, Long jobId, String employer, LocalDate placedOn, String confirmedBy,
                             Boolean override, Long referralId, Integer version) {
    public PlacementInput {
        override = Boolean.TRUE.equals(override);
        new Validation().positive("seekerId", seekerId).text("employer", employer, 200, jobId == null)
                .required("placedOn", placedOn).notInFuture("placedOn", placedOn).text("confirmedBy", confirmedBy, 200, false)
                .rule(referralId == null || referralId > 0, "referralId", "NOT_POSITIVE", "推荐记录编号应为正数")
                .check();
    }
}
