package org.wfed.reporting.internal.export;

import org.wfed.core.Html;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.wfed.reporting.dto.Paragraph;
import org.wfed.reporting.dto.Summary;
import org.wfed.reporting.dto.SummarySection;

/**
 * Writes a summary as a minimal Word document (WordprocessingML in a zip): title in 小标宋-like bold
 * 宋体 二号, headings in 黑体 三号, body in 仿宋 三号 with a two-character first-line indent, as
 * Chinese official documents are set. Fonts are named for East-Asian text in every run.
 */
public final class DocxWriter {
    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
            </Types>""";
    private static final String DOCUMENT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
            </Relationships>""";
    /** The page number in the genre's form, "— 1 —", centred, 宋体 四号 (GB/T 9704 sets it 4号半角宋体 between dashes). */
    private static final String FOOTER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
            + run("— ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + run("1") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(" —") + "</w:p></w:ftr>";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";
    /** Half-points: 二号 22pt, 三号 16pt. */
    private static final int TITLE_SIZE = 44;
    private static final int TEXT_SIZE = 32;

    private DocxWriter() {
    }

    /**
     * The summary as a .docx: title, the sections that state something (a section or paragraph of which every
     * sentence was left out is not printed), the 落款 (issuing unit and date, right-aligned after a blank
     * line) and page numbers in the footer.
     */
    public static byte[] write(Summary summary) {
        StringBuilder body = new StringBuilder();
        body.append(paragraph(summary.title(), "宋体", TITLE_SIZE, true, "center", false));
        for (SummarySection section : summary.sections()) {
            if (section.empty()) {
                continue;
            }
            if (!section.heading().isEmpty()) {
                body.append(paragraph(section.heading(), "黑体", TEXT_SIZE, false, "both", true));
            }
            for (Paragraph p : section.paragraphs()) {
                if (!p.omitted() && !p.text().isBlank()) {
                    body.append(paragraph(p.text(), "仿宋", TEXT_SIZE, false, "both", true));
                }
            }
        }
        body.append(paragraph("", "仿宋", TEXT_SIZE, false, "both", false));
        body.append(signature(summary.issuer()));
        body.append(signature(org.wfed.core.PrintPage.date(summary.dated())));
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                + body
                // A4 with the margins of GB/T 9704 (37 mm top, 28 mm left): twentieths of a point
                + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELS);
            entry(zip, "word/document.xml", document);
            entry(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
            entry(zip, "word/footer1.xml", FOOTER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String paragraph(String text, String font, int size, boolean bold, String align, boolean indent) {
        return "<w:p><w:pPr><w:jc w:val=\"" + align + "\"/><w:spacing w:line=\"560\" w:lineRule=\"exact\"/>"
                + (indent ? "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>" : "") + "</w:pPr>"
                + "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" + font + "\" w:hint=\"eastAsia\"/>"
                + (bold ? "<w:b/>" : "") + "<w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">" + Html.escape(text) + "</w:t></w:r></w:p>";
    }

    /** A line of the 落款: right-aligned, four characters in from the right margin. */
    private static String signature(String text) {
        return "<w:p><w:pPr><w:jc w:val=\"right\"/><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:right=\"1280\"/></w:pPr>"
                + "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋\" w:hint=\"eastAsia\"/>"
                + "<w:sz w:val=\"" + TEXT_SIZE + "\"/><w:szCs w:val=\"" + TEXT_SIZE + "\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">" + Html.escape(text) + "</w:t></w:r></w:p>";
    }

    /** A run of the footer: 宋体 四号 (14 pt). */
    private static String run(String text) {
        return "<w:r><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
