package org.wfed.reporting.dto;

import java.util.List;

/**
 * A section of the summary in the genre's order; the guiding line has no heading. Headings are numbered
 * over the sections that state something; {@code empty} marks one of which every paragraph was left out
 * (the exports leave it out, the console shows it for staff to fill).
 */
public record SummarySection(String section, String heading, List<Paragraph> paragraphs, boolean empty) {

    public SummarySection(String section, String heading, List<Paragraph> paragraphs) {
        this(section, heading, paragraphs, false);
    }
}
