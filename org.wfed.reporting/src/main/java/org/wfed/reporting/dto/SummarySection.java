package org.wfed.reporting.dto;

import java.util.List;

/** A section of the summary in the genre's order; the guiding line has no heading. */
public record SummarySection(String section, String heading, List<Paragraph> paragraphs) {
}
