package org.wfed.services.dto;

import org.wfed.core.Validation;

/**
 * A trainee as entered: a person of the registry or a name; the outcomes default to no; a certificate only for a
 * trainee who completed.
 * {@code placementId} names the placement of the same person that her employment afterwards was (then employed after
 * is yes); without it the plain {@code employedAfter} flag stands, for a trainee with no seeker record.
 */
public record TraineeInput(Long personId, String name, Boolean completed, Boolean certified, Boolean employedAfter,
                           Long placementId, Integer version) {
    public TraineeInput {
        completed = Boolean.TRUE.equals(completed);
        certified = Boolean.TRUE.equals(certified);
        employedAfter = Boolean.TRUE.equals(employedAfter) || placementId != null;
        new Validation().text("name", name, 50, personId == null)
                .rule(personId == null || personId > 0, "personId", "NOT_POSITIVE", "人员编号应为正数")
                .rule(placementId == null || placementId > 0, "placementId", "NOT_POSITIVE", "就业记录编号应为正数")
                .rule(completed || !certified, "certified", "NOT_COMPLETED", "未结业的学员不能取得证书").check();
    }
}
