package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * The activity figures are broken down by activity type, the types configured as data: a type an admin adds
 * while wfed runs has its events and participants in the table at once, without a restart.
 */
class ActivityTypeFiguresTest {
    private static Api admin;
    private static long street;
    private static long community;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("activities");
        Api.awaitUp("reporting");
        admin = Api.admin();
        street = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("类型街道"));
        community = ContestSteps.unit(admin, street, "COMMUNITY", Api.unique("类型社区"));
    }

    private static void activity(long unit, String day, String type, int participants) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit, "heldOn", day, "typeCode", type, "theme", "主题活动",
                "participants", participants, "volunteers", 0, "batches", 0, "trainees", 0));
        body.putAll(Map.of("mediaReports", 0, "wechatPosts", 0, "originalPosts", 0));
        admin.post("activities/events", body).expect(201);
    }

    @Test
    void aTypeAddedAtRuntimeHasItsFiguresAtOnce() {
        String code = "RED_SONG_" + Api.unique("").replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        code = code.substring(0, Math.min(30, code.length()));
        admin.put("activities/event-types/" + code, Map.of("code", code, "name", "红歌传唱", "training", false, "active", true,
                "sortOrder", 900)).expect(200);
        activity(community, "2026-04-01", code, 40);
        activity(community, "2026-05-01", code, 35);
        activity(street, "2026-05-02", "LECTURE", 20);
        JsonNode t = admin.get("reporting/table?unitId=" + street + "&year=2026&compare=false").expect(200).body();
        JsonNode total = t.path("total").path("values");
        assertEquals(2, total.path("activities.activities[" + code + "]").asInt(), total.toString());
        assertEquals(75, total.path("activities.participants[" + code + "]").asInt());
        assertEquals(3, total.path("activities.activities").asInt());
        String members = "";
        for (JsonNode i : t.path("indicators")) {
            if (i.path("id").asText().equals("activities.activities")) {
                members = i.path("dimension").path("members").toString();
            }
        }
        assertTrue(members.contains("红歌传唱"), members);
    }

    @Test
    void volunteerHoursAreSummedExactlyNotRoundedPerCommunity() {
        long s = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("时长街道"));
        long c1 = ContestSteps.unit(admin, s, "COMMUNITY", Api.unique("时长一社区"));
        long c2 = ContestSteps.unit(admin, s, "COMMUNITY", Api.unique("时长二社区"));
        for (long c : new long[] {c1, c2}) {
            admin.post("activities/volunteer-services", Map.of("unitId", c, "servedOn", "2026-03-05", "teamName", "巾帼志愿队",
                    "content", "走访空巢老人", "volunteers", 3, "hours", 1.5)).expect(201);
        }
        JsonNode t = admin.get("reporting/table?unitId=" + s + "&year=2026&compare=false").expect(200).body();
        // rounded per community (2 + 2) the street would report 4 hours
        JsonNode hours = t.path("total").path("values").path("activities.volunteerHours");
        assertEquals(0, new java.math.BigDecimal("3").compareTo(hours.decimalValue()), hours.toString());
        assertEquals(6, t.path("total").path("values").path("activities.volunteersServed").asInt());
    }
}
