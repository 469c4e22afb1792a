package org.wfed.aid.dto;

import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Validation;

/**
 * 批量发放: one payment for each application of an approved list, on one day and by one channel; each line's
 * amount defaults to the approved amount. All lines are paid in one transaction, or none.
 */
public record BatchPaymentInput(List<Line> lines, LocalDate paidOn, PayChannel channel) {
    /** One application of the list, with the version the clerk saw. */
    public record Line(long applicationId, int version, Long amountFen) {
    }

    public BatchPaymentInput {
        new Validation().required("channel", channel).notInFuture("paidOn", paidOn)
                .rule(lines != null && !lines.isEmpty(), "lines", "REQUIRED", "请勾选要发放的申请")
                .rule(lines == null || lines.size() <= 2000, "lines", "TOO_MANY", "一次最多发放2000笔，请分批")
                .rule(lines == null || lines.stream().map(Line::applicationId).distinct().count() == lines.size(), "lines",
                        "DUPLICATE", "同一申请勾选了两次")
                .check();
        lines = List.copyOf(lines);
        paidOn = paidOn == null ? LocalDate.now() : paidOn;
    }
}
