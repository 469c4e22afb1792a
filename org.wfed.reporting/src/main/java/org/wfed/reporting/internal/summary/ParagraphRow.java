package org.wfed.reporting.internal.summary;

/** A rep_paragraph row. */
public record ParagraphRow(long id, long summaryId, String section, int position, String source, String template, int version) {
}
