package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.number;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;
import org.wfed.itest.Office;
import org.wfed.itest.Sheets;

/**
 * A list of volunteers (巾帼志愿者名单) imported into a unit through core's import path (issue 15): a real XLSX file
 * is previewed (nothing written), committed whole (people registered, volunteers with their team and skills, members
 * of that team, the figures core.volunteers and core.teamMembers), a row in error refuses the whole list, ID numbers a spreadsheet stored as numbers are
 * refused, a known volunteer changes only where the file says so, and a unit outside the subtree answers 404.
 */
class VolunteerImportTest {
    private static final String AS_NUMBER = "身份证号码列被存成了数字，末几位已丢失；请把该列设为'文本'后重新填写";
    private static final LocalDate JOINED = LocalDate.of(LocalDate.now().getYear(), 1, 8);
    private static Api admin;
    private static long street;
    private static long community;
    private static long team;

    @BeforeAll
    static void up() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        street = admin.createUnit(admin.unitId(), "STREET", Api.unique("志愿导入街道"), LocalDate.of(JOINED.getYear() - 1, 1, 1));
        community = admin.createUnit(street, "COMMUNITY", Api.unique("志愿导入社区"), LocalDate.of(JOINED.getYear() - 1, 1, 1));
        team = admin.post("orgs/" + community + "/teams", Map.of("kind", "VOLUNTEER", "name", "巾帼志愿服务队", "foundedOn",
                LocalDate.of(JOINED.getYear() - 1, 1, 1).toString())).expect(201).body().path("id").asLong();
    }

    @Test
    void anXlsxListIsPreviewedThenImportedWholeAndAKnownVolunteerChangesOnlyWhereTheFileSays() {
        String name = Api.unique("志");
        String first = Sheets.woman(1978);
        String second = Sheets.woman(1985);
        byte[] xlsx = Sheets.xlsx("巾帼志愿者", List.of(
                List.of("姓名", "身份证号", "联系电话", "登记日期", "特长", "所在队伍"),
                List.of(name + "一", first, "13800138001", JOINED.toString(), "心理咨询", "巾帼志愿服务队"),
                List.of(name + "二", second, "", "2025/3/8", "", "")));
        JsonNode preview = admin.post("people/import/volunteers/preview", request(community, "志愿者.xlsx", xlsx)).expect(200).body();
        assertEquals(2, preview.path("created").asInt(), preview.toString());
        assertEquals(0, volunteers(name).size(), "the preview writes nothing");
        JsonNode done = admin.post("people/import/volunteers/commit", request(community, "志愿者.xlsx", xlsx)).expect(200).body();
        assertEquals(2, done.path("created").asInt(), done.toString());
        List<JsonNode> imported = volunteers(name);
        assertEquals(2, imported.size());
        JsonNode one = imported.stream().filter(v -> v.path("name").asText().equals(name + "一")).findFirst().orElseThrow();
        assertEquals("心理咨询", one.path("skills").asText());
        assertTrue(one.path("teamId").asLong() > 0, one.toString());
        assertEquals(JOINED.toString(), one.path("joinedOn").asText());
        assertEquals(team, one.path("teamId").asLong());
        JsonNode total = table(admin, street, JOINED.getYear());
        assertEquals(2, number(total, "core.volunteers"), "the figure counts them");
        // the volunteer of a team is its member too, from the day she registered
        JsonNode members = admin.get("orgs/" + community + "/teams").expect(200).body().get(0).path("memberList");
        assertEquals(1, members.size(), members.toString());
        assertEquals(name + "一", members.get(0).path("name").asText());
        assertEquals(JOINED.toString(), members.get(0).path("joinedOn").asText());
        assertEquals(1, number(total, "core.teamMembers"));

        // an unknown team refuses the whole list, the good row included
        String third = Sheets.woman(1990);
        byte[] bad = Sheets.xlsx("巾帼志愿者", List.of(List.of("姓名", "身份证号", "登记日期", "所在队伍"),
                List.of(name + "三", third, JOINED.toString(), ""), List.of(name + "四", Sheets.woman(1991), JOINED.toString(), "腰鼓队")));
        JsonNode refused = admin.post("people/import/volunteers/commit", request(community, "错.xlsx", bad)).expect(400).body();
        assertEquals("IMPORT_ROWS_INVALID", refused.path("code").asText());
        assertTrue(refused.toString().contains("本单位没有名为「腰鼓队」的队伍"), refused.toString());
        assertEquals(2, volunteers(name).size(), "nothing imported");

        // her skills change; her team and joining date, cells left empty, stay
        byte[] update = Sheets.xlsx("巾帼志愿者", List.of(List.of("姓名", "身份证号", "登记日期", "特长", "所在队伍"),
                List.of(name + "一", first, JOINED.toString(), "法律服务", "")));
        JsonNode changed = admin.post("people/import/volunteers/preview", request(community, "改.xlsx", update)).expect(200).body();
        assertEquals(1, changed.path("updated").asInt(), changed.toString());
        admin.post("people/import/volunteers/commit", request(community, "改.xlsx", update)).expect(200);
        JsonNode after = volunteers(name + "一").get(0);
        assertEquals("法律服务", after.path("skills").asText());
        assertEquals(team, after.path("teamId").asLong());
        assertEquals(1, admin.get("orgs/" + community + "/teams").expect(200).body().get(0).path("memberList").size(), "a member once");
    }

    @Test
    void idNumbersAnOfficeSuiteStoredAsNumbersAreRefusedAndNothingIsWritten() {
        Office.require();
        String name = Api.unique("数");
        StringBuilder csv = new StringBuilder("姓名,身份证号,登记日期\r\n");
        for (int i = 0; i < 3; i++) {
            csv.append(name).append(i).append(',').append(Sheets.woman(1970 + i)).append(',').append(JOINED).append("\r\n");
        }
        // opened in a spreadsheet without marking the column as text: every number becomes 3.3E+17
        byte[] xlsx = Office.convert(csv.toString().getBytes(StandardCharsets.UTF_8), "csv", "xlsx", Office.CSV_UTF8);
        JsonNode p = admin.post("people/import/volunteers/preview", request(community, "数字.xlsx", xlsx)).expect(200).body();
        assertEquals(3, p.path("errorCount").asInt(), p.toString());
        assertEquals(AS_NUMBER, p.path("errors").get(0).path("message").asText());
        assertEquals("IMPORT_ROWS_INVALID", admin.post("people/import/volunteers/commit", request(community, "数字.xlsx", xlsx)).expect(400).code());
        assertEquals(0, volunteers(name).size());
    }

    @Test
    void aUnitOutsideTheSubtreeAnswersAsMissingAndAClerkWithoutPeopleWritesIsRefused() {
        long other = admin.createUnit(admin.unitId(), "STREET", Api.unique("别的街道"));
        Api stranger = admin.createUser(other, "UNIT_ADMIN");
        byte[] csv = ("姓名,身份证号,登记日期\r\n" + Api.unique("外") + "," + Sheets.woman(1980) + "," + JOINED + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("NOT_FOUND", stranger.post("people/import/volunteers/preview", request(community, "a.csv", csv)).expect(404).code());
        String template = admin.get("people/import/volunteers/template.csv").expect(200).raw().body();
        assertTrue(template.startsWith("\uFEFF姓名,身份证号,联系电话,登记日期,特长,所在队伍"), template);
        admin.get("people/import/volunteers/template.xlsx").expect(200);
    }

    private static List<JsonNode> volunteers(String prefix) {
        List<JsonNode> out = new java.util.ArrayList<>();
        admin.get("orgs/" + community + "/volunteers").expect(200).body().forEach(v -> {
            if (v.path("name").asText().startsWith(prefix)) {
                out.add(v);
            }
        });
        return out;
    }

    private static Map<String, Object> request(long unit, String fileName, byte[] content) {
        return Map.of("unitId", unit, "fileName", fileName, "contentBase64", Sheets.base64(content));
    }
}
