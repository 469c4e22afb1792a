package org.wfed.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void everyColumnOfTheTemplateIsTextToTheLastRowAndTheInstructionsListTheAcceptedValues() throws IOException {
        byte[] xlsx = ImportTemplates.xlsx(Layouts.ROSTER);
        String sheet = Workbooks.part(xlsx, "xl/worksheets/sheet1.xml");
        String styles = Workbooks.part(xlsx, "xl/styles.xml");
        Matcher text = Pattern.compile("<numFmt numFmtId=\"(\\d+)\" formatCode=\"@\"/>").matcher(styles);
        assertTrue(text.find(), styles);
        String textFormat = text.group(1);
        Matcher xfs = Pattern.compile("<cellXfs[^>]*>(.*?)</cellXfs>").matcher(styles);
        assertTrue(xfs.find());
        String[] xf = xfs.group(1).split("<xf ");
        Matcher cols = Pattern.compile("<col min=\"(\\d+)\" max=\"(\\d+)\"[^>]*style=\"(\\d+)\"").matcher(sheet);
        int covered = 0;
        while (cols.find()) {
            // a column style covers the column to the sheet's last row: whatever is typed or pasted stays text
            assertTrue(xf[Integer.parseInt(cols.group(3)) + 1].contains("numFmtId=\"" + textFormat + "\""), cols.group());
            covered += Integer.parseInt(cols.group(2)) - Integer.parseInt(cols.group(1)) + 1;
        }
        assertEquals(Layouts.ROSTER.columns().size(), covered, sheet);
        String strings = Workbooks.part(xlsx, "xl/sharedStrings.xml");
        assertTrue(strings.contains("低保、特困供养、低保边缘、单亲家庭、残疾") || decoded(strings).contains("低保、特困供养、低保边缘、单亲家庭、残疾"),
                "the 说明 sheet lists the accepted categories");
        assertTrue(Workbooks.part(xlsx, "xl/workbook.xml").contains("说明") || decoded(Workbooks.part(xlsx, "xl/workbook.xml")).contains("说明"));
    }

    /** fastexcel writes non-ASCII text as character references. */
    private static String decoded(String xml) {
        Matcher m = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return b.toString();
    }

}
