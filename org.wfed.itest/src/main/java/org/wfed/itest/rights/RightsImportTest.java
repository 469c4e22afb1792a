package org.wfed.itest.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;
import org.wfed.itest.Sheets;

/**
 * Importing an office's case 台账 and 三色家庭 files (issue 14) from a real XLSX workbook with a clerk's headers: the
 * preview writes nothing, a file with one bad row changes nothing, a clean file imports every row (closed cases with
 * their outcome), and importing it again adds nothing.
 */
class RightsImportTest {
    private static final int YEAR = LocalDate.now().getYear();
    private static Api admin;
    private static long community;
    private static Api clerk;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("rights");
        admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("导入街道"), LocalDate.of(YEAR - 3, 1, 1));
        community = admin.createUnit(street, "COMMUNITY", Api.unique("导入社区"), LocalDate.of(YEAR - 3, 1, 1));
        clerk = admin.createUser(community, "STAFF");
    }

    private static Map<String, Object> request(String name, byte[] file) {
        return Map.of("unitId", community, "fileName", name, "contentBase64", Sheets.base64(file));
    }

    private static long cases() {
        return clerk.get("rights/cases?unitId=" + community + "&year=" + (YEAR - 1)).expect(200).body().path("total").asLong();
    }

    @Test
    void aCaseLedgerImportsAllOrNothingAndOnlyOnce() {
        List<String> header = List.of("序号", "日期", "来访人", "电话", "纠纷类别", "受理方式", "承办人", "结果", "办结日期", "备注");
        String y = String.valueOf(YEAR - 1);
        List<List<String>> good = List.of(header,
                List.of("1", y + "-03-08", "王某某", "13900001111", "婚姻纠纷", "来访", "李主任", "调解和好", y + "-03-20", ""),
                List.of("2", y + "-04-02", "陈某", "", "家暴", "12338", "李主任", "转介", y + "-04-05", "区法律援助中心"),
                List.of("3", y + "-05-17", "刘某某", "", "离婚纠纷", "", "赵干事", "", "", ""));
        List<List<String>> bad = new java.util.ArrayList<>(good);
        bad.add(List.of("4", y + "-06-01", "周某", "", "婚姻纠纷", "来访", "赵干事", "和好", "", ""));

        JsonNode refused = clerk.post("rights/import/cases/commit", request("台账.xlsx", Sheets.xlsx("维权台账", bad))).expect(400).body();
        assertEquals("IMPORT_ROWS_INVALID", refused.path("code").asText(), refused.toString());
        assertTrue(refused.toString().contains("须同时填写处理结果和结案日期"), refused.toString());
        assertEquals(0, cases(), "a file with a bad row changes nothing");

        JsonNode preview = clerk.post("rights/import/cases/preview", request("台账.xlsx", Sheets.xlsx("维权台账", good))).expect(200).body();
        assertEquals(3, preview.path("created").asInt(), preview.toString());
        assertEquals(0, cases(), "the preview writes nothing");
        JsonNode done = clerk.post("rights/import/cases/commit", request("台账.xlsx", Sheets.xlsx("维权台账", good))).expect(200).body();
        assertEquals(3, done.path("created").asInt(), done.toString());
        assertEquals(3, cases());
        JsonNode closed = clerk.get("rights/cases?unitId=" + community + "&year=" + (YEAR - 1) + "&status=CLOSED").expect(200).body();
        assertEquals(2, closed.path("total").asInt());
        assertEquals("王**", closed.path("items").get(1).path("applicant").asText(), closed.toString());

        JsonNode again = clerk.post("rights/import/cases/commit", request("台账.xlsx", Sheets.xlsx("维权台账", good))).expect(200).body();
        assertEquals(0, again.path("created").asInt(), again.toString());
        assertEquals(3, again.path("unchanged").asInt(), again.toString());
        assertEquals(3, cases());
    }

    @Test
    void familyFilesImportWithTheSchemesColours() {
        String y = String.valueOf(YEAR - 1);
        List<List<String>> rows = List.of(List.of("户名", "地址", "颜色等级", "列入原因", "网格员", "建档日期", "家庭成员"),
                List.of("孙某某户", "和平路1号", "红", "家暴风险", "网格员甲", y + "-02-01", "孙某某、钱某"),
                List.of("李某某户", "和平路2号", "绿色", "家庭稳定", "网格员乙", y + "-02-01", ""));
        JsonNode done = clerk.post("rights/import/families/commit", request("三色家庭.xlsx", Sheets.xlsx("三色家庭", rows))).expect(200)
                .body();
        assertEquals(2, done.path("created").asInt(), done.toString());
        JsonNode board = clerk.get("rights/families?unitId=" + community + "&size=200").expect(200).body();
        assertTrue(board.path("items").findValues("colour").stream().anyMatch(c -> c.asText().equals("RED")), board.toString());
        List<List<String>> unknown = List.of(rows.get(0), List.of("周某户", "", "紫色", "x", "网格员", y + "-02-01", ""));
        JsonNode refused = clerk.post("rights/import/families/preview", request("三色家庭.xlsx", Sheets.xlsx("三色家庭", unknown)))
                .expect(200).body();
        assertEquals(1, refused.path("errorCount").asInt(), refused.toString());
        assertEquals(200, clerk.bytes("rights/import/families/template.xlsx").statusCode());
        long sibling = admin.createUnit(admin.unitId(), "STREET", Api.unique("别的街道"), LocalDate.of(YEAR - 3, 1, 1));
        assertEquals(404, admin.createUser(sibling, "STAFF").post("rights/import/cases/preview",
                Map.of("unitId", community, "fileName", "x.csv", "contentBase64", List.of("eA=="))).status());
    }
}
