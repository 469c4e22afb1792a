package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * 人员批量导入: a block pasted from a spreadsheet (tab-separated, header first) goes through core's import path:
 * the preview writes nothing, a row in error refuses the whole list, and a known person is changed only in the
 * columns the list gives.
 */
class PeopleImportTest {
    private static final Random RANDOM = new Random();
    private static Api admin;
    private static long community;

    @BeforeAll
    static void setUp() {
        Api.awaitUp();
        admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("导入街道"));
        community = admin.createUnit(street, "COMMUNITY", Api.unique("导入社区"));
    }

    @Test
    void aPastedListIsCheckedThenImportedWholeAndKnownPeopleChangeOnlyWhereTheListSaysSo() {
        String first = id(1975);
        String second = id(1982);
        String name = Api.unique("贴");
        String pasted = "姓名\t身份证号\t联系电话\t职业\n" + name + "一\t" + first + "\t13800138001\t个体经营\n"
                + name + "二\t" + second + "\t\t教师\n";
        JsonNode preview = admin.post("people/import/preview", request(pasted)).expect(200).body();
        assertEquals(2, preview.path("created").asInt(), preview.toString());
        assertEquals(0, people(name).size(), "the preview writes nothing");
        JsonNode done = admin.post("people/import/commit", request(pasted)).expect(200).body();
        assertEquals(2, done.path("created").asInt(), done.toString());
        assertEquals(2, people(name).size());

        // a wrong name for a known number refuses the whole list, the good row included
        String third = id(1990);
        String bad = "姓名\t身份证号\t职业\n" + name + "三\t" + third + "\t农民\n" + "别人\t" + first + "\t农民\n";
        JsonNode refused = admin.post("people/import/commit", request(bad)).expect(400).body();
        assertEquals("IMPORT_ROWS_INVALID", refused.path("code").asText());
        assertTrue(refused.toString().contains("该身份证号码已登记为"), refused.toString());
        assertEquals(2, people(name).size(), "nothing imported");

        // her occupation changes; her phone, a column the list lacks, stays
        String update = "姓名\t身份证号\t职业\n" + name + "一\t" + first + "\t社区工作者\n";
        JsonNode changed = admin.post("people/import/preview", request(update)).expect(200).body();
        assertEquals(1, changed.path("updated").asInt(), changed.toString());
        assertEquals("个体经营", changed.path("changes").path(0).path("fields").path(0).path("before").asText(), changed.toString());
        admin.post("people/import/commit", request(update)).expect(200);
        JsonNode her = people(name + "一").get(0);
        assertEquals("社区工作者", her.path("occupation").asText());
        JsonNode full = admin.get("people/" + her.path("id").asLong() + "?reveal=true").expect(200).body();
        assertEquals("13800138001", full.path("phone").asText());
    }

    private static List<JsonNode> people(String q) {
        List<JsonNode> out = new java.util.ArrayList<>();
        admin.get("people?size=50&unitId=" + community + "&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))
                .expect(200).body().path("items").forEach(out::add);
        return out;
    }

    private static Map<String, Object> request(String text) {
        return Map.of("unitId", community, "fileName", "粘贴的名单.csv",
                "contentBase64", List.of(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static String id(int year) {
        LocalDate birth = LocalDate.of(year, 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        return IdNumber.compose("4301" + String.format("%02d", RANDOM.nextInt(100)), birth, RANDOM.nextInt(500) * 2).value();
    }
}
