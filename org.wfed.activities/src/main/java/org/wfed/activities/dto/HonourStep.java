package org.wfed.activities.dto;

/**
 * One step of a nominee's history (荣誉履历): a contest it took part in at some level, or a title given above
 * the deployment. {@code contestId} is null for such an external title.
 */
public record HonourStep(Long contestId, Long nomineeId, Long unitId, String unitName, HonourLevel level,
                         int contestYear, String title, NomineeStatus status, String statusZh, String certificateNo) {
}
