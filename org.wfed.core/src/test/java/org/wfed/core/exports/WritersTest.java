package org.wfed.core.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wfed.core.imports.CellKind;
import org.wfed.core.imports.SheetFile;
import org.wfed.core.imports.SheetRow;
import org.wfed.core.imports.Workbooks;

class WritersTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ExportTable table() {
        return ExportTable.named("台账").title("2026年救助台账").text("单位", 18).digits("单位代码", 14)
                .digits("银行账号", 22).date("发放日期").money("金额（元）").time("时间").text("备注", 20).integer("人数")
                .row("东湖社区", "420102001001", "6228480012345678901", LocalDate.of(2026, 3, 1), 500050L,
                        Instant.parse("2026-03-01T01:02:03.123456789Z"), "=HYPERLINK(\"x\")", 3)
                .row("西湖社区", null, "6228****8901", null, null, null, "含,逗号", null)
                .build();
    }

    @Test
    void csvHasABomChineseHeadersDatesLocalTimesAndKeepsLongDigitsAsText() {
        String csv = new String(CsvWriter.write(table(), SHANGHAI), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF2026年救助台账\r\n单位,单位代码,银行账号,发放日期,金额（元）,时间,备注,人数\r\n"), csv);
        assertTrue(csv.contains("东湖社区,=\"420102001001\",=\"6228480012345678901\",2026-03-01,5000.50,2026-03-01 09:02:03,"
                + "\"'=HYPERLINK(\"\"x\"\")\",3\r\n"), csv);
        assertTrue(csv.contains("西湖社区,,6228****8901,,,,\"含,逗号\",\r\n"), csv);
        assertEquals("'-1", CsvWriter.text("-1"));
        assertEquals("'@cmd", CsvWriter.text("@cmd"));
        assertEquals("=\"0571888\"", CsvWriter.text("0571888"), "a leading zero kept");
    }

    @Test
    void xlsxHasDateCellsNumbersAndTextDigitsOnA4Landscape() throws IOException {
        byte[] xlsx = XlsxWriter.write(SHANGHAI, table());
        List<SheetRow> rows = SheetFile.read(xlsx);
        assertEquals("2026年救助台账", rows.get(0).text(0));
        assertEquals("单位代码", rows.get(1).text(1));
        SheetRow r = rows.get(2);
        assertEquals(CellKind.TEXT, r.kind(1));
        assertEquals("420102001001", r.text(1));
        assertEquals(CellKind.TEXT, r.kind(2));
        assertEquals("6228480012345678901", r.text(2));
        assertEquals(CellKind.DATE, r.kind(3));
        assertEquals("2026-03-01", r.text(3));
        assertEquals(CellKind.NUMBER, r.kind(4));
        assertEquals(0, new java.math.BigDecimal("5000.5").compareTo(new java.math.BigDecimal(r.text(4))));
        assertEquals(CellKind.DATE, r.kind(5), "times are date cells too");
        assertEquals(CellKind.NUMBER, r.kind(7));
        String sheet = Workbooks.part(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("orientation=\"landscape\""), sheet);
        assertTrue(sheet.contains("paperSize=\"9\""), "A4");
        assertTrue(sheet.contains("fitToWidth=\"1\""), sheet);
    }

}
