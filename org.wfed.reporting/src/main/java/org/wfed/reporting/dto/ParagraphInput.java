package org.wfed.reporting.dto;

import org.wfed.core.Validation;
import org.wfed.core.extension.ReportSection;

/**
 * A paragraph's new template (edit: {@code version} of the paragraph) or a new paragraph appended
 * to {@code section} (add: {@code version} of the summary). {@code reach} (OWN, SUBTREE, or DEFAULT for each
 * figure's own default) and {@code showEmpty} (print the sentences that state no work too) are kept as they
 * were when absent.
 */
public record ParagraphInput(String section, String template, Integer version, String reach, Boolean showEmpty) {
    public ParagraphInput {
        new Validation().text("template", template, 8000, true).required("version", version)
                .rule(section == null || ReportSection.SECTIONS.contains(section), "section", "UNKNOWN_SECTION", "没有这个章节")
                .rule(reach == null || reach.equals("OWN") || reach.equals("SUBTREE") || reach.equals("DEFAULT"), "reach",
                        "UNKNOWN_REACH", "数据口径应为本级（OWN）、含下级（SUBTREE）或默认（DEFAULT）")
                .check();
    }

    /** A template and the version, the rest as it was. */
    public ParagraphInput(String section, String template, Integer version) {
        this(section, template, version, null, null);
    }
}
