package org.wfed.aid.dto;

import java.util.List;
import org.wfed.core.Validation;

/**
 * 批量审核: one decision (approve or return, with one comment) for each ticked application at its current level.
 * All decisions are recorded in one transaction, or none; a return needs the comment.
 */
public record BatchReviewInput(List<Line> lines, boolean approve, String comment) {
    /** One application of the list, with the version the reviewer saw. */
    public record Line(long applicationId, int version) {
    }

    public BatchReviewInput {
        new Validation().text("comment", comment, 500, !approve)
                .rule(lines != null && !lines.isEmpty(), "lines", "REQUIRED", "请勾选要审核的申请")
                .rule(lines == null || lines.size() <= 2000, "lines", "TOO_MANY", "一次最多审核2000份，请分批")
                .rule(lines == null || lines.stream().map(Line::applicationId).distinct().count() == lines.size(), "lines",
                        "DUPLICATE", "同一申请勾选了两次")
                .check();
        lines = List.copyOf(lines);
    }
}
