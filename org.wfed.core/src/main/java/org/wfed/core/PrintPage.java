package org.wfed.core;

import java.time.LocalDate;

/**
 * The one print shell of wfed: every print-ready page (a summary, a 公示, a result protocol, an honour list) is
 * opened with {@link #open(String)}, written with the shell's classes and closed with {@link #close(StringBuilder)},
 * so that all paper the federation prints has the same A4 page, GB/T 9704 margins and fonts.
 *
 * <p>The shell's classes: {@code h1} the title (宋体 22pt), {@code h2} a section heading (黑体), {@code p} body text
 * (仿宋 16pt, two-character indent), {@code p.sub} and {@code p.doc} a centred line under the title (date, 文号),
 * {@code table} with {@code th} headers that never wrap and {@code td.num} right-aligned figures, {@code .note} small
 * print, {@code .story} a quoted passage, {@code .sign-lines} a grid of lines to sign on, and the 落款 written by
 * {@link #signature(StringBuilder, String, LocalDate)}, kept on the page of the text it closes.
 */
public final class PrintPage {

    /** Marks a page as written with the shell; tests look for it. */
    public static final String MARK = "wfed-print";

    /**
     * The shell's CSS. A4 with the margins of GB/T 9704 (top 37 mm, right 26 mm, bottom 35 mm, left 28 mm, a text
     * block of 156 × 225 mm), page numbers "— 1 —" at the foot; tables and their figures in a smaller size so that
     * column headers stay on one line.
     */
    private static final String CSS = "@page{size:A4;margin:37mm 26mm 35mm 28mm;"
            + "@bottom-center{content:\"— \" counter(page) \" —\";font-family:\"SimSun\",\"宋体\",\"STSong\",serif;font-size:14pt}}"
            + "body." + MARK + "{font-family:\"FangSong\",\"仿宋\",\"FangSong_GB2312\",\"STFangsong\",\"Noto Serif CJK SC\",serif;"
            + "font-size:16pt;line-height:28pt;color:#000;margin:0}"
            + "." + MARK + " h1{font-family:\"SimSun\",\"宋体\",\"STSong\",\"Noto Serif CJK SC\",serif;font-size:22pt;"
            + "font-weight:bold;text-align:center;margin:0 0 28pt;line-height:1.4}"
            + "." + MARK + " h2{font-family:\"SimHei\",\"黑体\",\"STHeiti\",\"Noto Sans CJK SC\",sans-serif;font-size:16pt;"
            + "font-weight:normal;margin:0;text-indent:2em;break-after:avoid;page-break-after:avoid}"
            + "." + MARK + " p{margin:0;text-indent:2em;text-align:justify}"
            + "." + MARK + " p.sub,." + MARK + " p.doc{text-align:center;text-indent:0;margin:0 0 14pt}"
            + "." + MARK + " table{width:100%;border-collapse:collapse;margin:7pt 0;font-size:12pt;line-height:1.5}"
            + "." + MARK + " th,." + MARK + " td{border:1px solid #000;padding:1.5mm 2mm;text-align:left;vertical-align:top}"
            + "." + MARK + " th{white-space:nowrap;font-weight:bold}"
            // a heading spanning columns (a ballot round's counts) is a caption, not a column header: it may wrap
            + "." + MARK + " th[colspan]{white-space:normal}"
            + "." + MARK + " td.num{text-align:right;white-space:nowrap}"
            + "." + MARK + " tr{break-inside:avoid;page-break-inside:avoid}"
            + "." + MARK + " .note{font-size:12pt;line-height:1.5;white-space:pre-line;text-indent:0}"
            + "." + MARK + " .story{color:#333}"
            + "." + MARK + " .sign-lines{display:grid;grid-template-columns:1fr 1fr;gap:10mm;margin-top:12mm;"
            + "break-inside:avoid;page-break-inside:avoid}"
            + "." + MARK + " .sign-lines div{border-bottom:1px solid #000;height:12mm;padding-top:2mm}"
            // the 落款 stays with the last lines of the text it closes (never alone at the top of a page)
            + "." + MARK + " .signature{text-align:right;text-indent:0;padding-right:4em;margin-top:28pt;"
            + "break-inside:avoid;page-break-inside:avoid;break-before:avoid;page-break-before:avoid}"
            + "." + MARK + " .signature p{text-align:right;text-indent:0}"
            + "@media screen{body." + MARK + "{max-width:156mm;margin:20mm auto}}";

    private PrintPage() {
    }

    /**
     * The shell's CSS (a method, not a constant, so that a bundle compiled against an older core never keeps a copy
     * of it: compile-time constants are inlined into their callers).
     */
    public static String css() {
        return CSS;
    }

    /** Opens a page: the document head with the shell's CSS and {@code <body class="wfed-print">}; the title is escaped. */
    public static StringBuilder open(String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"generator\" content=\"").append(MARK).append("\"><title>").append(Html.escape(title))
                .append("</title><style>").append(CSS).append("</style></head><body class=\"").append(MARK).append("\">");
    }

    /** Closes a page opened with {@link #open(String)} and returns it. */
    public static String close(StringBuilder page) {
        return page.append("</body></html>").toString();
    }

    /**
     * Writes the 落款: the issuing unit and, under it, the date as official documents write it; both escaped, the
     * date left out when null.
     */
    public static StringBuilder signature(StringBuilder page, String issuer, LocalDate dated) {
        page.append("<div class=\"signature\"><p>").append(Html.escape(issuer)).append("</p>");
        if (dated != null) {
            page.append("<p>").append(date(dated)).append("</p>");
        }
        return page.append("</div>");
    }

    /** A date as official documents write it: 2026年12月1日; empty for null. */
    public static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
