package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.IdNumber;
import org.wfed.itest.Api;

/**
 * Import of 两癌 screening results (筛查结果导入): bad rows are each reported and nothing is written; the same
 * file twice equals once; an abnormal result opens a follow-up case like the form; another unit's campaign is refused.
 */
class ScreeningImportTest {
    private static final String HEADER = "姓名,身份证号,筛查项目,筛查日期,检查结果,宫颈检查方法,乳腺超声BI-RADS,乳腺X线结果,知情同意日期\r\n";
    private static final LocalDate TODAY = LocalDate.now();
    private static final Random RANDOM = new Random();
    private static AidFixture f;

    @BeforeAll
    static void setUp() {
        f = new AidFixture();
    }

    @Test
    void goodAndBadRowsChangeNothingAndEachBadRowIsReported() {
        long community = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("筛查社区"));
        long elsewhere = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("别的社区"));
        String[] a = woman(community, 1970);
        String[] outside = woman(elsewhere, 1971);
        String badCheck = id(1972, 2);
        badCheck = badCheck.substring(0, 17) + (badCheck.charAt(17) == '1' ? '2' : '1');
        String day = TODAY.toString();
        String csv = HEADER
                + a[0] + "," + a[1] + ",宫颈癌," + day + ",未见异常,HPV,,," + day + "\r\n"          // 2 good
                + "某甲," + badCheck + ",宫颈癌," + day + ",未见异常,HPV,,,\r\n"                     // 3 check digit
                + a[0] + "," + a[1] + ",乳腺癌," + day + ",很好,,2,,\r\n"                            // 4 unknown result
                + a[0] + "," + a[1] + ",宫颈癌," + day + ",未见异常,CT扫描,,,\r\n"                   // 5 unknown method
                + a[0] + "," + a[1] + ",乳腺癌," + TODAY.plusDays(2) + ",未见异常,,1,,\r\n"          // 6 future
                + outside[0] + "," + outside[1] + ",宫颈癌," + day + ",未见异常,TBS,,,\r\n"          // 7 not in the campaign
                + "某乙," + id(1973, 2) + ",宫颈癌," + day + ",异常,VIA,,,\r\n"                      // 8 not registered
                + "某丙," + id(1974, 1) + ",乳腺癌," + day + ",未见异常,,1,,\r\n"                    // 9 a man
                + a[0] + "," + a[1] + ",宫颈癌," + day + ",阴性,TBS,,,\r\n";                         // 10 duplicate
        long campaign = campaign(community);
        invite(campaign, a);
        Map<String, Object> request = request(campaign, "s.csv", csv.getBytes(StandardCharsets.UTF_8));
        JsonNode preview = f.admin.post("aid/import/preview", request).expect(200).body();
        assertEquals(9, preview.path("rows").asInt());
        assertEquals(1, preview.path("created").asInt(), preview.toString());
        String errors = preview.path("errors").toString();
        for (String expected : List.of("校验位错误", "未知的检查结果：很好", "与第2行重复", "未知的宫颈检查方法：CT扫描",
                "日期不能晚于今天", "不属于本次筛查活动的单位", "人员库中没有该身份证号", "男性")) {
            assertTrue(errors.contains(expected), expected + " in " + errors);
        }
        List<Integer> rows = new ArrayList<>();
        preview.path("errors").forEach(e -> rows.add(e.path("row").asInt()));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10), rows.stream().distinct().toList(), errors);

        Api.Reply commit = f.admin.post("aid/import/commit", request).expect(400);
        assertEquals("IMPORT_ROWS_INVALID", commit.code());
        assertTrue(commit.body().path("message").asText().contains("未导入任何记录"));
        assertEquals(0, f.admin.get("aid/campaigns/" + campaign + "/screenings").expect(200).body().size());
        assertEquals(0, f.admin.get("aid/campaigns/" + campaign).expect(200).body().path("screened").asInt());
    }

    @Test
    void theSameFileTwiceEqualsOnceAndAnAbnormalResultOpensAFollowUp() {
        long community = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("筛查社区"));
        String[] a = woman(community, 1968);
        String[] b = woman(community, 1975);
        String day = TODAY.toString();
        String csv = HEADER
                + a[0] + "," + a[1] + ",宫颈癌," + day + ",未见异常,宫颈细胞学,,," + day + "\r\n"
                + a[0] + "," + a[1] + ",乳腺癌," + day + ",未见异常,,BI-RADS 3,未见异常," + day + "\r\n"
                + b[0] + "," + b[1] + ",宫颈," + day + ",异常,HPV,,,\r\n";
        long campaign = campaign(community);
        invite(campaign, a, b);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        // previewed first, as in the console: the commit takes the checked rows the preview kept
        JsonNode preview = f.admin.post("aid/import/preview", request(campaign, "t.csv", bytes)).expect(200).body();
        assertEquals(3, preview.path("created").asInt(), preview.toString());
        assertTrue(!preview.path("committed").asBoolean());
        JsonNode once = f.admin.post("aid/import/commit", request(campaign, "t.csv", bytes)).expect(200).body();
        assertEquals(3, once.path("created").asInt(), once.toString());
        assertEquals(1, once.path("counts").path("followUps").asInt());
        assertEquals(0, once.path("counts").path("invited").asInt(), "both were on the list");
        assertTrue(once.path("committed").asBoolean());
        JsonNode twice = f.admin.post("aid/import/commit", request(campaign, "t.csv", bytes)).expect(200).body();
        assertEquals(0, twice.path("created").asInt(), twice.toString());
        assertEquals(3, twice.path("unchanged").asInt());
        assertEquals(0, twice.path("counts").path("followUps").asInt());

        // one record per woman (both exams of one day together, as the form enters them), not flagged twice-screened
        JsonNode screenings = f.admin.get("aid/campaigns/" + campaign + "/screenings?reveal=true").expect(200).body();
        assertEquals(2, screenings.size(), screenings.toString());
        for (JsonNode s : screenings) {
            assertTrue(!s.path("duplicate").asBoolean(), s.toString());
        }
        JsonNode k = f.admin.get("aid/campaigns/" + campaign).expect(200).body();
        assertEquals(2, k.path("screened").asInt());
        assertEquals(1, k.path("abnormal").asInt());

        JsonNode work = f.admin.get("aid/follow-ups?unitId=" + community).expect(200).body();
        assertEquals(1, work.size(), work.toString());
        assertEquals("CERVICAL", work.get(0).path("site").asText());
        assertEquals(TODAY.plusDays(30).toString(), work.get(0).path("dueOn").asText());

        // a changed result is reported, never overwritten by a file
        String changed = csv.replace(",宫颈," + day + ",异常,", ",宫颈," + day + ",未见异常,");
        JsonNode refused = f.admin.post("aid/import/preview", request(campaign, "t.csv",
                changed.getBytes(StandardCharsets.UTF_8))).expect(200).body();
        assertEquals(1, refused.path("errors").size(), refused.toString());
        assertTrue(refused.path("errors").get(0).path("message").asText().contains("与文件不同"));

        // the breast exam of a woman whose cervical result came earlier completes her record
        String later = HEADER + b[0] + "," + b[1] + ",乳腺癌," + day + ",异常,,4A,,\r\n";
        JsonNode added = f.admin.post("aid/import/commit", request(campaign, "u.csv", later.getBytes(StandardCharsets.UTF_8)))
                .expect(200).body();
        assertEquals(1, added.path("created").asInt(), added.toString());
        assertEquals(2, f.admin.get("aid/campaigns/" + campaign + "/screenings").expect(200).body().size());
        assertEquals(2, f.admin.get("aid/follow-ups?unitId=" + community).expect(200).body().size());
    }

    @Test
    void resultsOfWomenNotInvitedAreRefusedUnlessTheClerkInvitesThemToo() {
        long community = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("筛查社区"));
        String[] invited = woman(community, 1970);
        String[] walkIn = woman(community, 1971);
        String[] tooOld = woman(community, TODAY.getYear() - 70);
        long campaign = campaign(community);
        invite(campaign, invited);
        String day = TODAY.toString();
        String csv = HEADER + invited[0] + "," + invited[1] + ",宫颈癌," + day + ",未见异常,HPV,,,\r\n"
                + walkIn[0] + "," + walkIn[1] + ",宫颈癌," + day + ",未见异常,HPV,,,\r\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        JsonNode p = f.admin.post("aid/import/preview", request(campaign, "w.csv", bytes)).expect(200).body();
        assertEquals(1, p.path("errorCount").asInt(), p.toString());
        assertEquals(3, p.path("errors").get(0).path("row").asInt());
        assertTrue(p.path("errors").get(0).path("message").asText().contains("不在本次筛查活动的应查名单中"), p.toString());
        f.admin.post("aid/import/commit", request(campaign, "w.csv", bytes)).expect(400);
        assertEquals(0, f.admin.get("aid/campaigns/" + campaign).expect(200).body().path("screened").asInt());

        // 补充邀请: the clerk chose to add her to the list; she is counted in 应查, so 实查 never exceeds it
        Map<String, Object> withInvite = new HashMap<>(request(campaign, "w.csv", bytes));
        withInvite.put("inviteMissing", true);
        JsonNode done = f.admin.post("aid/import/commit", withInvite).expect(200).body();
        assertEquals(2, done.path("created").asInt(), done.toString());
        assertEquals(1, done.path("counts").path("invited").asInt());
        JsonNode k = f.admin.get("aid/campaigns/" + campaign).expect(200).body();
        assertEquals(2, k.path("invited").asInt());
        assertEquals(2, k.path("screened").asInt());

        // outside the campaign's ages she cannot be invited on the spot either
        Map<String, Object> old = new HashMap<>(request(campaign, "o.csv", (HEADER + tooOld[0] + "," + tooOld[1] + ",宫颈癌," + day
                + ",未见异常,HPV,,,\r\n").getBytes(StandardCharsets.UTF_8)));
        old.put("inviteMissing", true);
        JsonNode refused = f.admin.post("aid/import/preview", old).expect(200).body();
        assertTrue(refused.path("errors").get(0).path("message").asText().contains("不能补充邀请"), refused.toString());
    }

    @Test
    void anotherUnitsCampaignIsRefusedAndTheTemplatesDownload() {
        long community = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("筛查社区"));
        long campaign = campaign(community);
        long otherStreet = f.admin.createUnit(f.top, "STREET", Api.unique("别的街道"));
        Api stranger = f.admin.createUser(otherStreet, "UNIT_ADMIN");
        Api.Reply r = stranger.post("aid/import/preview", request(campaign, "s.csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                .expect(404);
        assertTrue(r.body().path("message").asText().contains("找不到"), r.body().toString());
        Api.Reply noCampaign = f.admin.post("aid/import/preview", Map.of("kind", "SCREENING", "fileName", "s.csv",
                "contentBase64", List.of("YQ=="))).expect(400);
        assertTrue(noCampaign.body().toString().contains("请选择筛查活动"), noCampaign.body().toString());

        String template = f.admin.get("aid/import/template.csv?kind=SCREENING").expect(200).raw().body();
        assertTrue(template.startsWith("\uFEFF姓名,身份证号,筛查项目,筛查日期,检查结果"), template);
        assertEquals(200, f.admin.get("aid/import/template.xlsx?kind=SCREENING").status());
        assertEquals("AID_IMPORT_BAD_KIND", f.admin.get("aid/import/template.csv?kind=X").expect(400).code());
    }

    private static long campaign(long unit) {
        return f.admin.post("aid/campaigns", Map.of("unitId", unit, "year", TODAY.getYear(),
                "name", Api.unique("两癌筛查"))).expect(201).body().path("id").asLong();
    }

    /** Registers a woman with an ID number in the unit; answers her name, number and person id. */
    private static String[] woman(long unit, int year) {
        String name = Api.unique("李女士");
        String number = id(year, 2);
        Map<String, Object> person = new HashMap<>();
        person.put("unitId", unit);
        person.put("name", name);
        person.put("idNumber", number);
        long id = f.admin.post("people", person).expect(201).body().path("id").asLong();
        return new String[] {name, number, String.valueOf(id)};
    }

    /** Puts the women on the campaign's invitation list (应查名单). */
    private static void invite(long campaign, String[]... women) {
        List<Long> ids = java.util.Arrays.stream(women).map(w -> Long.parseLong(w[2])).toList();
        JsonNode r = f.admin.post("aid/campaigns/" + campaign + "/invitations", Map.of("personIds", ids,
                "fromBeneficiaries", false)).expect(200).body();
        assertEquals(ids.size(), r.path("invited").asInt(), r.toString());
    }

    private static Map<String, Object> request(long campaign, String name, byte[] content) {
        return Map.of("kind", "SCREENING", "campaignId", campaign, "fileName", name,
                "contentBase64", List.of(Base64.getEncoder().encodeToString(content)));
    }

    /** A valid ID number of someone born in {@code year}; an even {@code parity} is a woman's. */
    private static String id(int year, int parity) {
        LocalDate birth = LocalDate.of(year, 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        String id = IdNumber.compose("4201" + String.format("%02d", RANDOM.nextInt(100)), birth,
                RANDOM.nextInt(500) * 2 + (parity % 2)).value();
        // one valid number in about 11,000 ends in 000, which imports refuse as a spreadsheet's cut-off number
        return id.endsWith("000") ? id(year, parity) : id;
    }
}
