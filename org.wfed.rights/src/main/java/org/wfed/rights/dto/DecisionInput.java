package org.wfed.rights.dto;

import java.time.LocalDate;
import org.wfed.core.Validation;

/** The court's decision on a protection-order application: granted (with the order's end), refused, or withdrawn. */
public record DecisionInput(OrderStatus status, LocalDate decidedOn, LocalDate validUntil, String issuedBy, Integer version) {
    public DecisionInput {
        new Validation().required("status", status)
                .rule(status == null || status == OrderStatus.GRANTED || status == OrderStatus.REFUSED
                        || status == OrderStatus.WITHDRAWN, "status", "INVALID_VALUE", "决定只能是签发、驳回或撤回")
                .required("decidedOn", decidedOn).notInFuture("decidedOn", decidedOn)
                .rule(status != OrderStatus.GRANTED || validUntil != null, "validUntil", "REQUIRED", "签发的保护令须填写有效期至")
                .text("issuedBy", issuedBy, 100, false).required("version", version).check();
    }
}
