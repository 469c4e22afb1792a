package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** Contest types are data: the shipped defaults are there, and an administrator adds and changes types. */
class ContestTypeTest {
    private static Api admin;

    @BeforeAll
    static void up() {
        Api.awaitUp("activities");
        admin = Api.admin();
    }

    @Test
    void theShippedTypesAreThere() {
        String all = admin.get("activities/contest-types").expect(200).body().toString();
        for (String name : new String[] {"最美家庭", "五好家庭", "文明家庭", "清洁家庭", "平安家庭", "绿色家庭", "无废家庭", "好家风",
                "三八红旗手", "三八红旗集体", "最美巾帼奋斗者", "巾帼文明岗"}) {
            assertTrue(all.contains("\"name\":\"" + name + "\""), name);
        }
        JsonNode redBanner = find("MARCH8_RED_BANNER");
        assertEquals("PERSON", redBanner.path("nomineeKind").asText());
        assertEquals(2, redBanner.path("cycleYears").asInt());
        assertEquals("UNIT", find("WOMEN_CIVILISED_POST").path("nomineeKind").asText());
    }

    @Test
    void anAdministratorChangesATypeWithItsVersion() {
        String code = ("T_" + Api.unique("X")).toUpperCase();
        ObjectNode type = (ObjectNode) admin.post("activities/contest-types", Map.ofEntries(Map.entry("id", 0),
                Map.entry("code", code), Map.entry("name", "好婆婆"), Map.entry("nomineeKind", "PERSON"),
                Map.entry("criteria", "孝老爱亲"), Map.entry("cycleYears", 1), Map.entry("quota", 3), Map.entry("voteShare", 0),
                Map.entry("noticeDays", 5), Map.entry("noticeWorkingDays", true), Map.entry("requiresLowerTitle", false),
                Map.entry("active", true), Map.entry("sortOrder", 300), Map.entry("version", 0))).expect(201).body();
        long id = type.path("id").asLong();
        type.put("voteShare", 40).put("noticeDays", 7).put("noticeWorkingDays", false);
        JsonNode changed = admin.put("activities/contest-types/" + id, type).expect(200).body();
        assertEquals(40, changed.path("voteShare").asInt());
        assertEquals(1, changed.path("version").asInt());
        assertEquals("VERSION_CONFLICT", admin.put("activities/contest-types/" + id, type).expect(409).code());
        type.put("version", 1).put("nomineeKind", "FAMILY");
        assertEquals("TYPE_IDENTITY", admin.put("activities/contest-types/" + id, type).expect(400).code());
        type.put("nomineeKind", "PERSON").put("voteShare", 120);
        assertEquals("voteShare", admin.put("activities/contest-types/" + id, type).expect(400).body().path("fields").get(0)
                .path("field").asText());
    }

    private static JsonNode find(String code) {
        for (JsonNode t : admin.get("activities/contest-types").expect(200).body()) {
            if (t.path("code").asText().equals(code)) {
                return t;
            }
        }
        throw new AssertionError(code);
    }
}
