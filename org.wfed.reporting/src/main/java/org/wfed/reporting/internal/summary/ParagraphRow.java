package org.wfed.reporting.internal.summary;

/** A rep_paragraph row; {@code reach} null: each figure's default. */
public record ParagraphRow(long id, long summaryId, String section, int position, String source, String template, int version,
                           String reach, boolean showEmpty) {
}
