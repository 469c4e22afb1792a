package org.wfed.services.dto;

import java.time.LocalDate;

/**
 * A seeker referred to a job post (推荐), counted for the seeker's unit on the day referred; {@code outcome} is
 * {@code PENDING} (待反馈), {@code HIRED} (已录用) or {@code DECLINED} (未录用).
 */
public record Referral(long id, long unitId, String unitName, long seekerId, String seekerName, long jobId, String employer,
                       String jobTitle, LocalDate referredOn, String note, String outcome, int version) {
}
