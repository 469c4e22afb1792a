package org.wfed.aid.dto;

import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Validation;

/**
 * Applications for a list of people at once (e.g. a festival visit list, 慰问名单), same reason, amount, group
 * (救助对象类别, empty: each person's first the programme serves), household size and goods each.
 */
public record BulkApplicationInput(long programmeId, List<Long> personIds, String reason, Long amountFen, String goods,
                                   LocalDate appliedOn, String recipientGroup, Integer householdSize,
                                   java.math.BigDecimal goodsQuantity) {
    public BulkApplicationInput {
        new Validation().positive("programmeId", programmeId)
                .rule(personIds != null && !personIds.isEmpty() && personIds.size() <= 1000, "personIds", "SIZE",
                        "请选择1–1000人")
                .text("reason", reason, 500, true).check();
        personIds = List.copyOf(personIds);
    }
}
