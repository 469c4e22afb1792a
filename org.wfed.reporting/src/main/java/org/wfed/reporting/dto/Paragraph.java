package org.wfed.reporting.dto;

import java.util.List;

/**
 * A paragraph of a summary: the stored template with {@code {indicator.id}} placeholders, its text
 * rendered with the summary's figures (sentences that state no work left out, see {@link Sentence}), and
 * the same split into prose and linked figures. {@code reach} is the staff's choice for the paragraph's
 * figures (OWN, SUBTREE, or null for each figure's default); {@code showEmpty} puts the left-out sentences
 * back; {@code omitted} marks a paragraph of which nothing is left.
 */
public record Paragraph(long id, String section, int position, String source, String template, String text,
                        List<Part> parts, int version, String reach, boolean showEmpty, boolean omitted,
                        List<Sentence> sentences) {
}
