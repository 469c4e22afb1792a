package org.wfed.services.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** A job fair as entered. */
public record JobFairInput(long unitId, LocalDate heldOn, String name, Integer employers, Integer posts, Integer visitors,
                           Integer agreements, Integer version) {
    public JobFairInput {
        employers = employers == null ? 0 : employers;
        posts = posts == null ? 0 : posts;
        visitors = visitors == null ? 0 : visitors;
        agreements = agreements == null ? 0 : agreements;
        new Validation().positive("unitId", unitId).required("heldOn", heldOn).notInFuture("heldOn", heldOn)
                .text("name", name, 200, true).notNegative("employers", employers).notNegative("posts", posts)
                .notNegative("visitors", visitors).notNegative("agreements", agreements)
                .rule(visitors == 0 || agreements <= visitors, "agreements", "MORE_THAN_VISITORS", "达成意向人数不能多于求职者人数")
                .check();
    }
}
