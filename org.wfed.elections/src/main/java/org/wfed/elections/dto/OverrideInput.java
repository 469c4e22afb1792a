package org.wfed.elections.dto;

import java.util.List;
import org.wfed.core.Validation;

/** Sets who is elected for a position against the count (e.g. 鼓掌通过), only with a reason; audited. */
public record OverrideInput(List<Long> candidateIds, String reason) {
    public OverrideInput {
        new Validation().required("candidateIds", candidateIds).text("reason", reason, 500, true)
                .rule(reason == null || reason.trim().length() >= 4, "reason", "TOO_SHORT", "请写明改判理由（至少4个字）").check();
        candidateIds = List.copyOf(candidateIds);
        reason = reason.trim();
    }
}
