package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.imports.CellKind;
import org.wfed.core.imports.SheetFile;
import org.wfed.core.imports.SheetRow;
import org.wfed.itest.Api;
import org.wfed.itest.Office;
import org.wfed.itest.Sheets;

/**
 * The payment ledger's exports (台账), opened as a clerk opens them: the unit by name with its area code beside it,
 * words not codes, dates as date cells, and a revealed bank account that stays 19 digits in XLSX, in CSV and in a
 * spreadsheet that opens the CSV.
 */
class LedgerExportTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static AidFixture f;
    private static long unit;
    private static String code;
    private static String unitName;

    @BeforeAll
    static void setUp() {
        f = new AidFixture();
        code = Sheets.areaCode();
        unitName = Api.unique("台账社区");
        unit = f.admin.post("orgs", Map.of("parentId", f.street, "kind", "COMMUNITY", "name", unitName, "areaCode", code,
                "effective", TODAY.withDayOfYear(1).toString())).expect(201).body().path("id").asLong();
        long p = f.programme(Map.of(), Map.of()).path("id").asLong();
        long woman = f.beneficiary(unit, TODAY.minusYears(50), "DIBAO").path("personId").asLong();
        JsonNode a = f.approveAll(f.apply(p, woman, TODAY).expect(201).body());
        f.admin.post("aid/applications/" + a.path("id").asLong() + "/payment", Map.of("amountFen", 100_000, "channel", "BANK",
                "paidOn", TODAY.toString(), "version", a.path("version").asInt())).expect(200);
    }

    private static String query() {
        return "unitId=" + unit + "&year=" + TODAY.getYear() + "&reveal=true";
    }

    @Test
    void theXlsxLedgerHasNamesCodesWordsDateCellsAndTheAccountAsText() {
        byte[] xlsx = f.admin.download("aid/ledger.xlsx?" + query()).expect(200).body();
        List<SheetRow> rows = SheetFile.read(xlsx);
        assertEquals(TODAY.getYear() + "年救助台账", rows.get(0).text(0));
        List<String> header = cells(rows.get(1));
        assertEquals(List.of("申请编号", "项目", "单位", "单位代码", "姓名", "困难类别", "申请日期", "状态", "批准金额（元）", "物资",
                "发放日期", "发放金额（元）", "发放方式", "银行账号", "签收日期"), header);
        SheetRow r = rows.get(2);
        assertEquals(unitName, r.text(2));
        assertEquals(code, r.text(3));
        assertEquals(CellKind.TEXT, r.kind(3));
        assertEquals("低保", r.text(5));
        assertEquals(CellKind.DATE, r.kind(6));
        assertEquals(TODAY.toString(), r.text(6));
        assertEquals("已发放", r.text(7));
        assertEquals(CellKind.NUMBER, r.kind(8));
        assertEquals(0, new java.math.BigDecimal("1000").compareTo(new java.math.BigDecimal(r.text(8))));
        assertEquals(CellKind.DATE, r.kind(10));
        assertEquals("银行转账", r.text(12), "the channel in words, not BANK");
        assertEquals(CellKind.TEXT, r.kind(13));
        assertEquals("6228480012345678901", r.text(13));
        // printed on A4 landscape, one page wide
        String sheet = new String(Sheets.part(xlsx, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertTrue(sheet.contains("orientation=\"landscape\"") && sheet.contains("paperSize=\"9\""), sheet);
    }

    @Test
    void theCsvLedgerKeepsTheAccountAsTextInASpreadsheetToo() {
        byte[] csv = f.admin.download("aid/ledger.csv?" + query()).expect(200).body();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + TODAY.getYear() + "年救助台账\r\n申请编号,项目,单位,单位代码,姓名"), text);
        assertTrue(text.contains("," + unitName + ",=\"" + code + "\","), text);
        assertTrue(text.contains("," + TODAY + ",已发放,1000.00,"), text);
        assertTrue(text.contains(",银行转账,=\"6228480012345678901\","), text);
        assertTrue(!text.contains("BANK"), text);
        // opened by a spreadsheet with no column set to text: the account is still 19 digits
        List<SheetRow> opened = SheetFile.read(Office.convert(csv, "csv", "xlsx", Office.CSV_UTF8));
        SheetRow r = opened.get(2);
        assertEquals("6228480012345678901", r.text(13), r.toString());
        assertEquals(CellKind.TEXT, r.kind(13));
        assertEquals(code, r.text(3));
        // masked when not revealed
        String masked = f.admin.download("aid/ledger.csv?unitId=" + unit + "&year=" + TODAY.getYear()).expect(200).text();
        assertTrue(masked.contains("6228***********8901") && !masked.contains("6228480012345678901"), masked);
    }

    private static List<String> cells(SheetRow r) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            out.add(r.text(i));
        }
        return out;
    }
}
