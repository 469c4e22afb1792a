package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.IdNumber;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;
import org.wfed.itest.Office;
import org.wfed.itest.Sheets;

/**
 * Roster imports (花名册) of the files clerks really have: workbooks an office suite saved (LibreOffice standing in
 * for Excel and WPS), numbers where ID numbers should be, partial rosters, title rows, two-row headers, a roster
 * behind a 说明 sheet, GBK CSV, full-width digits. Nothing is lost and nothing is invented: a refused file writes
 * nothing, an update changes only what the file gives, and the audit keeps what it changed.
 */
class RealFilesImportTest {
    private static final String AS_NUMBER = "身份证号码列被存成了数字，末几位已丢失；请把该列设为'文本'后重新填写";
    private static AidFixture f;

    @BeforeAll
    static void setUp() {
        f = new AidFixture();
    }

    private static long unit() {
        return f.admin.createUnit(f.street, "COMMUNITY", Api.unique("导入社区"));
    }

    private static Map<String, Object> request(long unit, String name, byte[] content, Object... choices) {
        Map<String, Object> r = new HashMap<>(Map.of("unitId", unit, "fileName", name, "contentBase64", Sheets.base64(content)));
        for (int i = 0; i < choices.length; i += 2) {
            r.put((String) choices[i], choices[i + 1]);
        }
        return r;
    }

    private static JsonNode preview(Map<String, Object> request) {
        return f.admin.post("aid/import/preview", request).expect(200).body();
    }

    private static JsonNode commit(Map<String, Object> request) {
        return f.admin.post("aid/import/commit", request).expect(200).body();
    }

    private static JsonNode beneficiaries(long unit) {
        return f.admin.get("aid/beneficiaries?reveal=true&size=200&unitId=" + unit).expect(200).body();
    }

    private static JsonNode only(long unit) {
        JsonNode items = beneficiaries(unit).path("items");
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private static void nothingWritten(long unit) {
        assertEquals(0, beneficiaries(unit).path("total").asInt());
        assertEquals(0, f.admin.get("people?unitId=" + unit).expect(200).body().path("items").size(), "no person registered");
    }

    @Test
    void idNumbersAnOfficeSuiteStoredAsNumbersAreRefusedAndNothingIsWritten() {
        long unit = unit();
        StringBuilder csv = new StringBuilder("姓名,身份证号,困难类别\r\n");
        for (int i = 0; i < 4; i++) {
            csv.append("数字").append(i).append(',').append(Sheets.woman(1970 + i)).append(",低保\r\n");
        }
        // opened in a spreadsheet without marking the column as text: every number becomes 3.3E+17
        byte[] xlsx = Office.convert(csv.toString().getBytes(StandardCharsets.UTF_8), "csv", "xlsx", Office.CSV_UTF8);
        JsonNode p = preview(request(unit, "数字.xlsx", xlsx));
        assertEquals(4, p.path("errorCount").asInt(), p.toString());
        for (JsonNode e : p.path("errors")) {
            assertEquals("身份证号", e.path("column").asText());
            assertEquals(AS_NUMBER, e.path("message").asText());
        }
        assertEquals(AS_NUMBER, p.path("problems").get(0).path("message").asText());
        assertEquals(4, p.path("problems").get(0).path("count").asInt(), "one message for the whole column");
        Api.Reply c = f.admin.post("aid/import/commit", request(unit, "数字.xlsx", xlsx)).expect(400);
        assertEquals("IMPORT_ROWS_INVALID", c.code());
        nothingWritten(unit);
        // the same workbook saved again as CSV, as a clerk does next
        byte[] again = Office.convert(xlsx, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76", null);
        JsonNode p2 = preview(request(unit, "数字.csv", again));
        assertEquals(4, p2.path("errorCount").asInt(), new String(again, StandardCharsets.UTF_8) + p2);
        assertEquals(AS_NUMBER, p2.path("errors").get(0).path("message").asText());
        nothingWritten(unit);
    }

    @Test
    void idNumbersThatLostTheirLastDigitsAreRefusedEvenWhenTheCheckDigitPasses() {
        long unit = unit();
        List<String> cut = new ArrayList<>();
        for (int i = 0; cut.size() < 2; i++) {
            // a column widened after the digits were lost: 330106197407120000 — some of these pass the check digit
            String id = IdNumber.compose("3301" + String.format("%02d", i % 100), LocalDate.of(1960 + i % 30, 1 + i % 12, 1 + i % 28),
                    (i % 10) * 100).value();
            if (id.endsWith("000")) {
                cut.add(id);
            }
        }
        String csv = "姓名,身份证号,困难类别\r\n甲," + cut.get(0) + ",低保\r\n乙," + cut.get(1) + ",低保\r\n丙,"
                + Sheets.woman(1980).substring(0, 15) + "000,低保\r\n";
        JsonNode p = preview(request(unit, "丢位.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, p.path("errorCount").asInt(), p.toString());
        p.path("errors").forEach(e -> assertEquals(AS_NUMBER, e.path("message").asText()));
        assertEquals(400, f.admin.post("aid/import/commit", request(unit, "丢位.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .status());
        nothingWritten(unit);
    }

    @Test
    void aPartialRosterChangesOnlyItsColumnsAndTheAuditKeepsWhatItChanged() {
        long unit = unit();
        String id = Sheets.woman(1975);
        String full = "姓名,身份证号,困难类别,家庭情况,开户银行,银行账号,认定日期,备注\r\n"
                + "李秀兰," + id + ",低保,三口之家,农商行,6228480012345678901,2024-03-01,老病号\r\n";
        commit(request(unit, "全.csv", full.getBytes(StandardCharsets.UTF_8)));
        long beneficiaryId = only(unit).path("id").asLong();

        // only three columns, written by fastexcel and saved again by LibreOffice
        byte[] partial = Office.convert(Sheets.xlsx("花名册", List.of(List.of("姓名", "身份证号", "困难类别"),
                List.of("李秀兰", id, "特困"))), "xlsx", "xlsx", null);
        JsonNode p = preview(request(unit, "部分.xlsx", partial));
        assertEquals(0, p.path("errorCount").asInt(), p.toString());
        assertEquals(1, p.path("updated").asInt());
        JsonNode change = p.path("changes").get(0);
        assertEquals(2, change.path("row").asInt());
        assertTrue(change.path("who").asText().startsWith("李秀兰 "), change.toString());
        assertEquals(1, change.path("fields").size(), change.toString());
        assertEquals("困难类别", change.path("fields").get(0).path("column").asText());
        assertEquals("低保", change.path("fields").get(0).path("before").asText());
        assertEquals("特困供养", change.path("fields").get(0).path("after").asText(), "特困 is 特困供养");
        assertTrue(p.path("absent").toString().contains("银行账号"), p.path("absent").toString());
        commit(request(unit, "部分.xlsx", partial));
        JsonNode b = only(unit);
        assertEquals(List.of("TEKUN"), List.of(b.path("categories").get(0).asText()));
        assertEquals("6228480012345678901", b.path("bankAccount").asText(), "the account the file had no column for stays");
        assertEquals("农商行", b.path("bankName").asText());
        assertEquals("三口之家", b.path("household").asText());
        assertEquals("2024-03-01", b.path("recognizedOn").asText());
        assertEquals("老病号", b.path("note").asText());

        // a new account under the header clerks write (银行卡号), and an empty 备注 that does not erase the note
        String account = "姓名,身份证号,困难类别,银行卡号,备注\r\n李秀兰," + id + ",特困,6217000011112222333,\r\n";
        JsonNode p2 = preview(request(unit, "卡号.csv", account.getBytes(StandardCharsets.UTF_8)));
        JsonNode field = p2.path("changes").get(0).path("fields").get(0);
        assertEquals("银行账号", field.path("column").asText());
        assertEquals("6228***********8901", field.path("before").asText(), "masked in the preview");
        assertEquals("6217***********2333", field.path("after").asText());
        JsonNode clearable = p2.path("clearable").get(0);
        assertEquals("note", clearable.path("key").asText());
        assertEquals(1, clearable.path("rows").asInt());
        assertFalse(clearable.path("chosen").asBoolean());
        commit(request(unit, "卡号.csv", account.getBytes(StandardCharsets.UTF_8)));
        assertEquals("6217000011112222333", only(unit).path("bankAccount").asText());
        assertEquals("老病号", only(unit).path("note").asText(), "an empty cell keeps the note");

        // the old account can be recovered by an auditor, and is stored encrypted
        Api auditor = f.admin.createUser(f.top, "AUDITOR");
        String q = "audit/changes?recordType=aid_beneficiary&recordId=" + beneficiaryId;
        JsonNode masked = auditor.get(q).expect(200).body().path("items");
        assertEquals(2, masked.size(), masked.toString());
        assertEquals("bankAccount", masked.get(0).path("field").asText());
        assertEquals("6228***********8901", masked.get(0).path("before").asText());
        JsonNode revealed = auditor.get(q + "&reveal=true").expect(200).body().path("items");
        assertEquals("6228480012345678901", revealed.get(0).path("before").asText());
        assertEquals("6217000011112222333", revealed.get(0).path("after").asText());
        assertEquals("低保", revealed.get(1).path("before").asText());
        String stored = Api.service(Database.class).read(c -> Jdbc.one(c, "SELECT before_value FROM core_field_change "
                + "WHERE record_id = ? AND field = 'bankAccount'", rs -> rs.getString(1), String.valueOf(beneficiaryId))).orElseThrow();
        assertFalse(stored.contains("8901"), stored);
        assertTrue(f.admin.get("audit?action=audit.changes.reveal&size=5").expect(200).body().path("total").asInt() >= 1,
                "the reveal is audited");
        Api staff = f.admin.createUser(unit, "STAFF");
        staff.get(q).expect(403);

        // 清空, chosen explicitly, clears the note
        JsonNode cleared = preview(request(unit, "卡号.csv", account.getBytes(StandardCharsets.UTF_8), "clear", List.of("note")));
        assertEquals("老病号", cleared.path("changes").get(0).path("fields").get(0).path("before").asText());
        assertEquals("", cleared.path("changes").get(0).path("fields").get(0).path("after").asText());
        assertTrue(cleared.path("clearable").get(0).path("chosen").asBoolean());
        commit(request(unit, "卡号.csv", account.getBytes(StandardCharsets.UTF_8), "clear", List.of("note")));
        assertTrue(only(unit).path("note").isNull(), only(unit).toString());
    }

    @Test
    void aKnownIdNumberUnderAnotherNameIsRefusedNotUpdated() {
        long unit = unit();
        String id = Sheets.woman(1966);
        commit(request(unit, "a.csv", ("姓名,身份证号,困难类别,银行账号\r\n张桂英," + id + ",低保,6228480012345678901\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        byte[] other = ("姓名,身份证号,困难类别,银行账号\r\n张桂芳," + id + ",低保,6217000011112222333\r\n").getBytes(StandardCharsets.UTF_8);
        JsonNode p = preview(request(unit, "b.csv", other));
        assertEquals(1, p.path("errorCount").asInt());
        assertEquals("姓名", p.path("errors").get(0).path("column").asText());
        assertTrue(p.path("errors").get(0).path("message").asText().contains("已登记为「张桂英」"), p.toString());
        f.admin.post("aid/import/commit", request(unit, "b.csv", other)).expect(400);
        assertEquals("6228480012345678901", only(unit).path("bankAccount").asText());
    }

    @Test
    void templatesAreReadBackUnchangedAndAfterAnOfficeSuiteSavedThem() {
        long unit = unit();
        for (String kind : List.of("ROSTER", "SCREENING")) {
            byte[] xlsx = f.admin.download("aid/import/template.xlsx?kind=" + kind).expect(200).body();
            byte[] csv = f.admin.download("aid/import/template.csv?kind=" + kind).expect(200).body();
            for (byte[] file : List.of(xlsx, csv, Office.convert(xlsx, "xlsx", "xlsx", null))) {
                Map<String, Object> r = kind.equals("ROSTER") ? request(unit, "模板", file)
                        : Map.of("kind", kind, "campaignId", campaign(unit), "fileName", "模板", "contentBase64", Sheets.base64(file));
                JsonNode p = preview(r);
                assertEquals(0, p.path("errorCount").asInt(), kind + " " + p);
                assertEquals(0, p.path("rows").asInt(), "the example rows are not data: " + p);
                assertTrue(p.path("ignored").isEmpty(), p.toString());
            }
        }
        nothingWritten(unit);
    }

    @Test
    void titleRowsTwoRowHeadersAndARosterBehindInstructionsImportRight() {
        long unit = unit();
        String a = Sheets.woman(1971);
        String b = Sheets.woman(1972);
        String c = Sheets.woman(1973);
        byte[] titled = Sheets.xlsx(wb -> {
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "东湖社区2026年困难妇女花名册");
            ws.range(0, 0, 0, 4).merge();
            Sheets.rows(ws, 1, List.of(List.of("序号", "姓名", "身份证号码", "困难类别", "银行卡号"),
                    List.of("1", "陈一", a, "低保", "6228480012345678901")));
        });
        byte[] twoRows = Sheets.xlsx(wb -> {
            Worksheet ws = wb.newWorksheet("Sheet1");
            Sheets.rows(ws, 0, List.of(List.of("姓名", "证件号码", "困难类别", "银行信息", ""), List.of("", "", "", "开户银行", "账号"),
                    List.of("陈二", b, "单亲", "农商行", "6228480012345678902")));
            ws.range(0, 3, 0, 4).merge();
            ws.range(0, 0, 1, 0).merge();
            ws.range(0, 1, 1, 1).merge();
            ws.range(0, 2, 1, 2).merge();
        });
        byte[] behind = Sheets.xlsx(wb -> {
            Worksheet help = wb.newWorksheet("说明");
            Sheets.rows(help, 0, List.of(List.of("填写说明：每行一人"), List.of("姓名", "身份证号", "困难类别"),
                    List.of("示例", "11010519491231002X", "低保")));
            Sheets.rows(wb.newWorksheet("花名册"), 0, List.of(List.of("姓名", "身份证号", "困难类别", "银行账号"),
                    List.of("陈三", c, "残疾", "6228480012345678903")));
        });
        Map<String, String> accounts = Map.of(a, "6228480012345678901", b, "6228480012345678902", c, "6228480012345678903");
        for (byte[] file : List.of(titled, twoRows, behind)) {
            byte[] saved = Office.convert(file, "xlsx", "xlsx", null);
            JsonNode p = preview(request(unit, "x.xlsx", saved));
            assertEquals(0, p.path("errorCount").asInt(), p.toString());
            assertEquals(1, p.path("created").asInt(), p.toString());
            commit(request(unit, "x.xlsx", saved));
        }
        JsonNode items = beneficiaries(unit).path("items");
        assertEquals(3, items.size());
        for (JsonNode item : items) {
            assertTrue(accounts.containsValue(item.path("bankAccount").asText()), item.toString());
        }
        assertTrue(items.toString().contains("农商行"), "银行信息 / 开户银行");
        assertTrue(items.toString().contains("SINGLE_PARENT"), "单亲 is 单亲家庭");
    }

    @Test
    void gbkCsvFullWidthDigitsSpacesApostrophesAndEveryDateFormImport() {
        long unit = unit();
        List<String> ids = List.of(Sheets.woman(1981), Sheets.woman(1982), Sheets.woman(1983), Sheets.woman(1984), Sheets.woman(1985));
        List<String> days = List.of("2024-03-01", "2024-3-1", "2024/3/1", "2024.3.1", "2024年3月1日");
        StringBuilder csv = new StringBuilder("姓名,身份证号,困难类别,认定日期\r\n");
        csv.append("赵一,").append(fullWidth(ids.get(0))).append(",特困,").append(days.get(0)).append("\r\n");
        // GBK has no no-break space: the UTF-8 file below has one; here an ideographic space (全角空格)
        csv.append("赵二,").append(ids.get(1)).append("\u3000,单亲,").append(days.get(1)).append("\r\n");
        csv.append("赵三,'").append(ids.get(2)).append(",低保户,").append(days.get(2)).append("\r\n");
        csv.append("赵四, ").append(ids.get(3)).append(" ,残疾人,").append(days.get(3)).append("\r\n");
        csv.append("赵五,").append(ids.get(4)).append(",失独,").append(fullWidth(days.get(4))).append("\r\n");
        byte[] gbk = csv.toString().getBytes(Charset.forName("GBK"));
        JsonNode p = preview(request(unit, "gbk.csv", gbk));
        assertEquals(0, p.path("errorCount").asInt(), p.toString());
        assertEquals(5, p.path("created").asInt());
        commit(request(unit, "gbk.csv", gbk));
        JsonNode items = beneficiaries(unit).path("items");
        assertEquals(5, items.size());
        items.forEach(i -> assertEquals("2024-03-01", i.path("recognizedOn").asText(), i.toString()));
        for (String id : ids) {
            assertEquals(1, f.admin.get("people?q=" + id).expect(200).body().path("items").size(), id + " registered as written");
        }
        // UTF-8 with BOM, a no-break space after the number (copied from a web page)
        long second = unit();
        String nbsp = Sheets.woman(1986);
        byte[] utf8 = ("\uFEFF姓名,身份证号,困难类别\r\n钱一," + nbsp + "\u00A0,低保\r\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(1, commit(request(second, "nbsp.csv", utf8)).path("created").asInt());
        assertEquals(1, f.admin.get("people?q=" + nbsp).expect(200).body().path("items").size());
    }

    private static long campaign(long unit) {
        return f.admin.post("aid/campaigns", Map.of("unitId", unit, "year", LocalDate.now().getYear(),
                "name", Api.unique("模板筛查"))).expect(201).body().path("id").asLong();
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            b.append(ch >= '0' && ch <= '9' || ch == 'X' ? (char) (ch + 0xFEE0) : ch);
        }
        return b.toString();
    }
}
