package org.wfed.reporting.dto;

import org.wfed.core.Validation;
import org.wfed.core.extension.ReportSection;

/**
 * A paragraph's new template (edit: {@code version} of the paragraph) or a new paragraph appended
 * to {@code section} (add: {@code version} of the summary).
 */
public record ParagraphInput(String section, String template, Integer version) {
    public ParagraphInput {
        new Validation().text("template", template, 8000, true).required("version", version)
                .rule(section == null || ReportSection.SECTIONS.contains(section), "section", "UNKNOWN_SECTION", "没有这个章节")
                .check();
    }
}
