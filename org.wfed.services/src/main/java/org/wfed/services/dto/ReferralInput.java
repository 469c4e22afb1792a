package org.wfed.services.dto;

import java.time.LocalDate;
import java.util.Map;
import org.wfed.core.Validation;

/** A referral as entered: the seeker, the post, the day, an optional note and the outcome (default PENDING). */
public record ReferralInput(long seekerId, long jobId, LocalDate referredOn, String note, String outcome, Integer version) {
    /** The outcomes with their Chinese names. */
    public static final Map<String, String> OUTCOMES = Map.of("PENDING", "待反馈", "HIRED", "已录用", "DECLINED", "未录用");

    public ReferralInput {
        outcome = outcome == null || outcome.isBlank() ? "PENDING" : outcome.trim();
        new Validation().positive("seekerId", seekerId).positive("jobId", jobId).required("referredOn", referredOn)
                .notInFuture("referredOn", referredOn).text("note", note, 500, false)
                .rule(OUTCOMES.containsKey(outcome), "outcome", "UNKNOWN_OUTCOME", "推荐结果应为待反馈、已录用或未录用")
                .check();
    }
}
