package org.wfed.services.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.wfed.core.Validation;

/**
 * A micro-wish as entered. It is claimed with {@code claimedBy} and {@code claimedOn} together, and fulfilled only once
 * claimed and not before the claim; a claim comes no earlier than the wish was collected.
 */
public record WishInput(long unitId, String wish, BigDecimal value, String beneficiary, LocalDate collectedOn,
                        String claimedBy, LocalDate claimedOn, LocalDate fulfilledOn, String fulfilledHow, Integer version) {
    public WishInput {
        boolean claimed = claimedOn != null;
        new Validation().positive("unitId", unitId).text("wish", wish, 500, true).text("beneficiary", beneficiary, 50, true)
                .rule(value == null || value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(1_000_000)) < 0
                        && value.stripTrailingZeros().scale() <= 2, "value", "OUT_OF_RANGE", "价值应在0到1000000元之间，最多两位小数")
                .required("collectedOn", collectedOn).notInFuture("collectedOn", collectedOn)
                .text("claimedBy", claimedBy, 100, claimed)
                .rule(claimed || claimedBy == null || claimedBy.isBlank(), "claimedOn", "REQUIRED", "请填写认领日期")
                .notInFuture("claimedOn", claimedOn)
                .rule(!claimed || collectedOn == null || !claimedOn.isBefore(collectedOn), "claimedOn", "BEFORE_COLLECTED",
                        "认领日期不能早于收集日期")
                .rule(fulfilledOn == null || claimed, "fulfilledOn", "NOT_CLAIMED", "心愿尚未认领，不能登记实现")
                .rule(fulfilledOn == null || !claimed || !fulfilledOn.isBefore(claimedOn), "fulfilledOn", "BEFORE_CLAIMED",
                        "实现日期不能早于认领日期")
                .notInFuture("fulfilledOn", fulfilledOn).text("fulfilledHow", fulfilledHow, 500, false).check();
    }
}
