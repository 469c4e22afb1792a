package org.wfed.reporting.internal.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.wfed.core.extension.Member;
import org.wfed.reporting.dto.DimensionInfo;
import org.wfed.reporting.dto.IndicatorInfo;
import org.wfed.reporting.dto.IndicatorTable;
import org.wfed.reporting.dto.Paragraph;
import org.wfed.reporting.dto.Part;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.SummarySection;
import org.wfed.reporting.dto.SummaryStatus;
import org.wfed.reporting.dto.TableRow;

class ExportTest {

    private static Paragraph paragraph(long id, String section, String text, boolean omitted) {
        return new Paragraph(id, section, (int) id, "stub", "t", omitted ? "" : text, List.of(Part.prose(text)), 0, null, false,
                omitted, List.of());
    }

    private static Summary summary() {
        Paragraph opening = paragraph(1, "guiding", "2025年，xx街道妇联<认真>履职。", false);
        Paragraph org = paragraph(2, "organisation", "换届选举产生执委210名。", false);
        Paragraph none = paragraph(3, "organisation", "选举产生妇女代表0名。", true);
        Paragraph care = paragraph(4, "care", "为0名困难妇女发放救助金。", true);
        return new Summary(7, 3, "xx街道妇联", 2025, "xx街道妇联2025年工作总结", SummaryStatus.DRAFT, 0, Instant.now(), Instant.now(),
                List.of(new SummarySection("guiding", "", List.of(opening)),
                        new SummarySection("organisation", "一、健全组织", List.of(org, none)),
                        new SummarySection("care", "关爱帮扶", List.of(care), true)), List.of(), List.of(), "xx街道妇联",
                LocalDate.of(2026, 1, 8), false, 0, false);
    }

    @Test
    void docxIsAWordPackageWithTitleHeadingsAndChineseFonts() throws IOException {
        Map<String, String> parts = unzip(DocxWriter.write(summary()));
        assertTrue(parts.containsKey("[Content_Types].xml"));
        assertTrue(parts.containsKey("_rels/.rels"));
        String doc = parts.get("word/document.xml");
        assertTrue(doc.contains("xx街道妇联2025年工作总结"));
        assertTrue(doc.contains("一、健全组织"));
        assertTrue(doc.contains("w:eastAsia=\"仿宋\""));
        assertTrue(doc.contains("w:eastAsia=\"黑体\""));
        assertTrue(doc.contains("&lt;认真&gt;"), "text is escaped");
        assertFalse(doc.contains("<认真>"));
        assertFalse(doc.contains("妇女代表0名"), "a paragraph left out is not printed");
        assertFalse(doc.contains("关爱帮扶"), "nor a section of which nothing is left");
        assertTrue(doc.indexOf("2026年1月8日") > doc.indexOf("换届选举产生执委210名"), "the 落款 ends the document");
        assertTrue(doc.contains("w:jc w:val=\"right\"/><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:right=\"1280\"/></w:pPr>"
                + "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋\" w:hint=\"eastAsia\"/>"
                + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr><w:t xml:space=\"preserve\">xx街道妇联</w:t>"),
                "the issuing unit, right-aligned");
        assertTrue(doc.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"));
        assertTrue(parts.get("word/footer1.xml").contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"), "page numbers");
        assertTrue(parts.get("word/_rels/document.xml.rels").contains("Target=\"footer1.xml\""));
        assertTrue(parts.get("[Content_Types].xml").contains("/word/footer1.xml"));
    }

    @Test
    void printPageIsA4WithEscapedText() {
        String html = PrintHtml.write(summary());
        assertTrue(html.contains(org.wfed.core.PrintPage.css()), "core's print shell");
        assertTrue(html.contains("size:A4"));
        assertTrue(html.contains("<h1>xx街道妇联2025年工作总结</h1>"));
        assertTrue(html.contains("<h2>一、健全组织</h2>"));
        assertTrue(html.contains("&lt;认真&gt;"));
        assertTrue(html.contains("counter(page)"), "page numbers when printed");
        assertTrue(html.contains("<div class=\"signature\"><p>xx街道妇联</p><p>2026年1月8日</p></div>"), html);
        assertFalse(html.contains("妇女代表0名"), html);
    }

    @Test
    void tableExportsShowYuanRatesAndLastYear() throws IOException {
        IndicatorInfo money = new IndicatorInfo("aid.money", "慰问金", "en", "元", "care", 1, false, List.of(), "MONEY", "SUBTREE",
                new DimensionInfo("aid.programme", "项目", "Programme", List.of(new Member("VISIT", "节日慰问", "Visits"))));
        IndicatorInfo rate = new IndicatorInfo("aid.rate", "筛查率", "en", "%", "care", 2, true, List.of("a", "b"));
        Map<String, Number> now = new HashMap<>(Map.of("aid.money", new BigDecimal("5000.50"), "aid.money[VISIT]", new BigDecimal("300.00"),
                "aid.rate", new BigDecimal("41.7")));
        Map<String, Number> before = new HashMap<>();
        before.put("aid.money", new BigDecimal("1.00"));
        before.put("aid.rate", null);
        TableRow row = new TableRow(5L, "=一街道", false, now, before);
        IndicatorTable t = new IndicatorTable(1, "区妇联", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null,
                List.of(money, rate), List.of(row), new TableRow(1L, "合计", false, now, before));
        org.wfed.core.exports.ExportTable table = TableExport.table(t, Map.of(5L, "420102001000"));
        String csv = new String(org.wfed.core.exports.CsvWriter.write(table, java.time.ZoneId.of("Asia/Shanghai")),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF区妇联 指标统计（2025-01-01 至 2025-12-31）\r\n"), "BOM for Excel, then the title");
        assertTrue(csv.contains("单位,单位代码,慰问金（元）,慰问金（上年同期）,慰问金：节日慰问（元）,慰问金：节日慰问（上年同期）,筛查率（%）,筛查率（上年同期）"), csv);
        assertTrue(csv.contains("'=一街道,=\"420102001000\",5000.50,1.00,300.00,,41.7,\r\n"), csv);
        assertTrue(csv.contains("合计,,5000.50,1.00,300.00,,41.7,\r\n"), csv);
    }

    @Test
    void aMemberCountedInItsOwnUnitHeadsItsColumnWithIt() {
        IndicatorInfo materials = new IndicatorInfo("act.materials", "发放物资", "en", "件", "outreach", 1, false, List.of(), "QUANTITY",
                "SUBTREE", new DimensionInfo("act.material", "物资", "Material", List.of(new Member("LEAFLET", "宣传单", "Leaflets", "份"),
                        new Member("GOODS", "慰问物品", "Goods"))));
        Map<String, Number> now = new HashMap<>(Map.of("act.materials", 2100, "act.materials[LEAFLET]", 2000, "act.materials[GOODS]", 100));
        IndicatorTable t = new IndicatorTable(1, "区妇联", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null,
                List.of(materials), List.of(), new TableRow(1L, "合计", false, now, Map.of()));
        String csv = new String(org.wfed.core.exports.CsvWriter.write(TableExport.table(t, Map.of()), java.time.ZoneId.of("Asia/Shanghai")),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("发放物资（件）,发放物资（上年同期）,发放物资：宣传单（份）,发放物资：宣传单（上年同期）,发放物资：慰问物品（件）"), csv);
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        // through the central directory, as Excel and Word read it (fastexcel streams zip64 data descriptors)
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".zip");
        try {
            java.nio.file.Files.write(file, bytes);
            Map<String, String> out = new HashMap<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    out.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return out;
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
