package org.wfed.reporting.dto;

import java.util.List;

/**
 * A paragraph of a summary: the stored template with {@code {indicator.id}} placeholders, its text
 * rendered with the summary's figures, and the same split into prose and linked figures.
 */
public record Paragraph(long id, String section, int position, String source, String template, String text,
                        List<Part> parts, int version) {
}
