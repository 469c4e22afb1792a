package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.IdNumber;
import org.wfed.itest.Api;

/** Roster import: bad rows are each reported and nothing is written; the same file twice equals once. */
class RosterImportTest {
    private static final String HEADER = "姓名,身份证号,困难类别,家庭情况,开户银行,银行账号,认定日期,监护人,监护人关系,监护人同意日期,备注\r\n";
    private static final Random RANDOM = new Random();
    private static AidFixture f;

    @BeforeAll
    static void setUp() {
        f = new AidFixture();
    }

    @Test
    void goodAndBadRowsChangeNothingAndEachBadRowIsReported() {
        long unit = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("导入社区"));
        String good = id(1970);
        String badCheck = id(1971);
        badCheck = badCheck.substring(0, 17) + (badCheck.charAt(17) == '1' ? '2' : '1');
        String csv = HEADER
                + "张一," + good + ",低保,,,6228480012345678901,2024-03-01,,,,\r\n"
                + "张二," + id(1972) + ",特困供养、残疾,,,,,,,,\r\n"
                + "张三," + badCheck + ",低保,,,,,,,,\r\n"
                + "张四," + id(1973) + ",土豪,,,,,,,,\r\n"
                + "张五," + good + ",低保,,,,,,,,\r\n"
                + "张六," + id(1974) + ",低保,,,," + LocalDate.now().plusDays(3) + ",,,,\r\n";
        JsonNode preview = f.admin.post("aid/import/preview", request(unit, "a.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .expect(200).body();
        assertEquals(6, preview.path("rows").asInt());
        assertEquals(2, preview.path("created").asInt());
        JsonNode errors = preview.path("errors");
        assertEquals(4, errors.size(), errors.toString());
        assertEquals(4, errors.get(0).path("row").asInt());
        assertTrue(errors.get(0).path("message").asText().contains("校验位错误"), errors.toString());
        assertTrue(errors.get(1).path("message").asText().contains("未知的困难类别：土豪"));
        assertTrue(errors.get(2).path("message").asText().contains("与第2行重复"), errors.toString());
        assertTrue(errors.get(3).path("message").asText().contains("日期不能晚于今天"));

        Api.Reply commit = f.admin.post("aid/import/commit", request(unit, "a.csv", csv.getBytes(StandardCharsets.UTF_8))).expect(400);
        assertEquals("IMPORT_ROWS_INVALID", commit.code());
        assertEquals(4, commit.body().path("fields").size());
        assertEquals(0, f.admin.get("aid/beneficiaries?unitId=" + unit).expect(200).body().path("total").asInt());
        assertEquals(0, f.admin.get("people?unitId=" + unit).expect(200).body().path("items").size(),
                "no person was registered either");
    }

    @Test
    void newPeopleAreRegisteredInOneBatchAndTheImportIsAuditedOnce() {
        long unit = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("导入社区"));
        String file = Api.unique("批量") + ".csv";
        String csv = HEADER + "周一," + id(1990) + ",低保,,,,,,,,\r\n" + "周二," + id(1991) + ",残疾,,,,,,,,\r\n"
                + "周三," + id(1992) + ",特困供养,,,,,,,,\r\n" + "周四," + id(1993) + ",单亲家庭,,,,,,,,\r\n";
        long singles = f.admin.get("audit?action=people.create&size=1").expect(200).body().path("total").asLong();
        long batches = f.admin.get("audit?action=people.create.batch&size=1").expect(200).body().path("total").asLong();
        JsonNode done = f.admin.post("aid/import/commit", request(unit, file, csv.getBytes(StandardCharsets.UTF_8)))
                .expect(200).body();
        assertEquals(4, done.path("created").asInt());
        // the action filter is a prefix: people.create counts people.create.batch too
        assertEquals(singles + 1, f.admin.get("audit?action=people.create&size=1").expect(200).body().path("total")
                .asLong(), "no audit entry per person");
        assertEquals(batches + 1, f.admin.get("audit?action=people.create.batch&size=1").expect(200).body()
                .path("total").asLong(), "one entry for the batch");
        String imports = f.admin.get("audit?action=aid.import.commit&size=200").expect(200).body().path("items").toString();
        assertEquals(1, imports.split(java.util.regex.Pattern.quote(file), -1).length - 1, imports);
        assertEquals(4, f.admin.get("aid/beneficiaries?unitId=" + unit).expect(200).body().path("total").asInt());
    }

    @Test
    void theSameFileTwiceEqualsOnce() {
        long unit = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("导入社区"));
        String first = id(1980);
        String csv = HEADER
                + "李一," + first + ",低保,三口之家,农商行,6228480012345678901,2023-05-01,,,,\r\n"
                + "李二," + id(1981) + ",单亲家庭,,,,,,,,\"备注,含逗号\"\r\n"
                + "李三," + id(1982) + ",DIBAO,,,,,,,,\r\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        JsonNode once = f.admin.post("aid/import/commit", request(unit, "b.csv", bytes)).expect(200).body();
        assertEquals(3, once.path("created").asInt());
        assertTrue(once.path("committed").asBoolean());
        JsonNode twice = f.admin.post("aid/import/commit", request(unit, "b.csv", bytes)).expect(200).body();
        assertEquals(0, twice.path("created").asInt());
        assertEquals(0, twice.path("updated").asInt());
        assertEquals(3, twice.path("unchanged").asInt());
        JsonNode list = f.admin.get("aid/beneficiaries?unitId=" + unit).expect(200).body();
        assertEquals(3, list.path("total").asInt());
        assertEquals(3, list.path("items").size());
        assertTrue(list.toString().contains("备注,含逗号"), list.toString());

        String changed = csv.replace("三口之家", "四口之家");
        JsonNode third = f.admin.post("aid/import/commit", request(unit, "b.csv", changed.getBytes(StandardCharsets.UTF_8)))
                .expect(200).body();
        assertEquals(1, third.path("updated").asInt());
        assertEquals(2, third.path("unchanged").asInt());
    }

    @Test
    void anXlsxRosterIsReadLikeTheCsv() {
        long unit = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("导入社区"));
        byte[] xlsx = org.wfed.itest.Sheets.xlsx("花名册", List.of(List.of("姓名", "身份证号", "困难类别"),
                List.of("赵一", id(1975), "低保"), List.of("赵二", "123", "低保")));
        JsonNode preview = f.admin.post("aid/import/preview", request(unit, "c.xlsx", xlsx)).expect(200).body();
        assertEquals(2, preview.path("rows").asInt());
        assertEquals(1, preview.path("created").asInt());
        assertEquals(3, preview.path("errors").get(0).path("row").asInt());
    }

    @Test
    void aLargeFileWithWrongContentIsRefusedWithAMessage() {
        long unit = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("导入社区"));
        byte[] junk = new byte[4096];
        RANDOM.nextBytes(junk);
        junk[0] = 1;
        junk[10] = 0;
        Api.Reply r = f.admin.post("aid/import/preview", request(unit, "x.csv", junk)).expect(400);
        assertEquals("IMPORT_UNREADABLE", r.code());
        assertFalse(r.body().path("message").asText().isBlank());
        byte[] big = new byte[20 * 1024 * 1024 + 1024];
        Api.Reply tooBig = f.admin.post("aid/import/preview", request(unit, "big.csv", big)).expect(400);
        assertEquals("IMPORT_TOO_LARGE", tooBig.code());
        assertEquals("IMPORT_BAD_HEADER", f.admin.post("aid/import/preview",
                request(unit, "h.csv", "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8))).expect(400).code());
    }

    @Test
    void clerksWithoutTheImportPermissionAreRefused() {
        Api clerk = f.admin.createUser(f.community, "STAFF");
        clerk.post("aid/import/preview", request(f.community, "a.csv", HEADER.getBytes(StandardCharsets.UTF_8))).expect(403);
        String template = f.admin.get("aid/import/template.csv").expect(200).raw().body();
        assertTrue(template.startsWith("\uFEFF姓名,身份证号,困难类别"), template);
    }

    private static Map<String, Object> request(long unit, String name, byte[] content) {
        String text = Base64.getEncoder().encodeToString(content);
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += 4 * 1024 * 1024) {
            parts.add(text.substring(i, Math.min(text.length(), i + 4 * 1024 * 1024)));
        }
        return Map.of("unitId", unit, "fileName", name, "contentBase64", parts);
    }

    /** A valid ID number of a woman born in {@code year}, unlikely to clash with earlier runs. */
    private static String id(int year) {
        LocalDate birth = LocalDate.of(year, 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        return IdNumber.compose("4201" + String.format("%02d", RANDOM.nextInt(100)), birth, RANDOM.nextInt(500) * 2).value();
    }
}
