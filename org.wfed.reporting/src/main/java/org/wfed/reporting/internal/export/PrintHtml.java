package org.wfed.reporting.internal.export;

import org.wfed.core.Html;
import org.wfed.core.PrintPage;
import org.wfed.reporting.dto.Paragraph;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.SummarySection;

/**
 * A print-ready HTML page of a summary in core's print shell ({@link PrintPage}): the sections that state something
 * and the 落款; print or save as PDF from the browser.
 */
public final class PrintHtml {

    private PrintHtml() {
    }

    public static String write(Summary summary) {
        StringBuilder html = PrintPage.open(summary.title()).append("<h1>").append(Html.escape(summary.title())).append("</h1>");
        for (SummarySection section : summary.sections()) {
            if (section.empty()) {
                continue;
            }
            if (!section.heading().isEmpty()) {
                html.append("<h2>").append(Html.escape(section.heading())).append("</h2>");
            }
            for (Paragraph p : section.paragraphs()) {
                if (!p.omitted() && !p.text().isBlank()) {
                    html.append("<p>").append(Html.escape(p.text())).append("</p>");
                }
            }
        }
        PrintPage.signature(html, summary.issuer(), summary.dated());
        return PrintPage.close(html);
    }
}
