package org.wfed.reporting.dto;

import java.time.LocalDate;
import java.util.List;
import org.wfed.core.Validation;

/**
 * A reviewer's approval of a summary (审核通过). {@code cutOff} (统计截止日) is the last day whose records the approval
 * locks: by default the approval day, or 31 December once the year has ended; the days after it stay open.
 * {@code approveWithout} lists, by id, the units below whose summaries are not approved and that the reviewer
 * explicitly approves without (audited); any other unit not approved refuses the approval.
 */
public record ApprovalInput(Integer version, String comment, LocalDate cutOff, List<Long> approveWithout) {
    public ApprovalInput {
        new Validation().required("version", version).text("comment", comment, 2000, false).notInFuture("cutOff", cutOff)
                .check();
        approveWithout = approveWithout == null ? List.of() : List.copyOf(approveWithout);
    }
}
