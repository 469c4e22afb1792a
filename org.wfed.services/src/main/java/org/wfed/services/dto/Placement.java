package org.wfed.services.dto;

import java.time.LocalDate;

/** A seeker placed in work (成功就业): where, when, how it was confirmed; {@code overPlaces} when beyond the post's places;
 * {@code referralId} the referral (推荐) it came from, if any. */
public record Placement(long id, long unitId, String unitName, long seekerId, String seekerName, Long jobId, String employer,
                        LocalDate placedOn, String confirmedBy, boolean overPlaces, Long referralId, int version) {
}
