package org.wfed.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PrintPageTest {

    @Test
    void aPageIsA4WithTheMarginsOfGbt9704AndAnEscapedTitle() {
        String page = PrintPage.close(PrintPage.open("<关于>公示").append("<p>正文</p>"));
        assertTrue(page.startsWith("<!DOCTYPE html><html lang=\"zh-CN\">"), page);
        assertTrue(page.contains("<title>&lt;关于&gt;公示</title>"), page);
        assertTrue(page.contains("@page{size:A4;margin:37mm 26mm 35mm 28mm;"), "GB/T 9704 margins");
        assertTrue(page.contains("<body class=\"wfed-print\"><p>正文</p></body></html>"), page);
        assertTrue(PrintPage.css().contains("th{white-space:nowrap"), "column headers never wrap");
    }

    @Test
    void theSignatureKeepsUnitAndDateTogetherAndEscapesTheUnit() {
        String sign = PrintPage.signature(new StringBuilder(), "A&B妇联", LocalDate.of(2026, 1, 8)).toString();
        assertEquals("<div class=\"signature\"><p>A&amp;B妇联</p><p>2026年1月8日</p></div>", sign);
        assertEquals("<div class=\"signature\"><p>妇联（盖章）</p></div>",
                PrintPage.signature(new StringBuilder(), "妇联（盖章）", null).toString());
        assertTrue(PrintPage.css().contains(".signature{") && PrintPage.css().contains("break-before:avoid"),
                "the 落款 stays on the page of the text it closes");
        assertEquals("", PrintPage.date(null));
    }
}
