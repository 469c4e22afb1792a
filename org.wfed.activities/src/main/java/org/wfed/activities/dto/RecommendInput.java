package org.wfed.activities.dto;

import java.util.List;
import org.wfed.core.Validation;

/** Recommends commended nominees to the parent unit's contest of the same type and year (向上推荐). */
public record RecommendInput(List<Long> nomineeIds) {
    public RecommendInput {
        nomineeIds = nomineeIds == null ? List.of() : List.copyOf(nomineeIds);
        new Validation().rule(!nomineeIds.isEmpty(), "nomineeIds", "REQUIRED", "请选择要推荐的对象").check();
    }
}
