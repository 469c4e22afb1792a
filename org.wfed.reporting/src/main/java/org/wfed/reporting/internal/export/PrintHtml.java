package org.wfed.reporting.internal.export;

import org.wfed.core.Html;
import org.wfed.reporting.dto.Paragraph;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.SummarySection;

/**
 * A print-ready HTML page of a summary: A4, official-document fonts and indents, the sections that state something
 * and the 落款; print or save as PDF from the browser.
 */
public final class PrintHtml {
    private static final String CSS = """
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"; font-family: "SimSun", "宋体", serif; font-size: 14pt; } }
            body { font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", serif; font-size: 16pt; line-height: 28pt; color: #000; }
            h1 { font-family: "SimSun", "宋体", "STSong", serif; font-size: 22pt; font-weight: bold; text-align: center; margin: 0 0 28pt; line-height: 1.4; }
            h2 { font-family: "SimHei", "黑体", "STHeiti", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
            p { margin: 0; text-indent: 2em; text-align: justify; }
            .signature { text-align: right; text-indent: 0; padding-right: 4em; }
            .signature.first { margin-top: 28pt; }
            @media screen { body { max-width: 156mm; margin: 20mm auto; } }
            """;

    private PrintHtml() {
    }

    public static String write(Summary summary) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(Html.escape(summary.title())).append("</title><style>").append(CSS).append("</style></head><body><h1>")
                .append(Html.escape(summary.title())).append("</h1>");
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
        html.append("<p class=\"signature first\">").append(Html.escape(summary.issuer())).append("</p>");
        html.append("<p class=\"signature\">").append(Html.escape(date(summary.dated()))).append("</p>");
        return html.append("</body></html>").toString();
    }

    /** A date as official documents write it: 2026年12月1日. */
    static String date(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
