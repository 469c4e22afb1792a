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
 * while wfed runs has its events and participants in the table at once, without a restart. Activities (场次) and
 * their participants are broken down by station (阵地) too, core's station dimension: two activities at one 妇女微家
 * and one at another come out per station, a station opened while wfed runs is a member at once, and activities held
 * at no station count in the total only.
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
        activity(unit, day, type, participants, null);
    }

    private static void activity(long unit, String day, String type, int participants, Long station) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit, "heldOn", day, "typeCode", type, "theme", "主题活动",
                "participants", participants, "volunteers", 0, "batches", 0, "trainees", 0));
        body.putAll(Map.of("mediaReports", 0, "wechatPosts", 0, "originalPosts", 0));
        if (station != null) {
            body.put("stationId", station);
        }
        admin.post("activities/events", body).expect(201);
    }

    private static long station(long unit, String name) {
        return admin.post("orgs/" + unit + "/stations", Map.of("kind", "MICRO_HOME", "name", name, "openedOn", "2026-01-01"))
                .expect(201).body().path("id").asLong();
    }

    /** The members of one indicator's dimension in a table, as JSON text. */
    private static String members(JsonNode table, String indicator) {
        String members = "";
        for (JsonNode i : table.path("indicators")) {
            if (i.path("id").asText().equals(indicator)) {
                members = i.path("dimension").path("members").toString();
            }
        }
        return members;
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
        String members = members(t, "activities.activities");
        assertTrue(members.contains("红歌传唱"), members);
    }

    @Test
    void activitiesComeOutPerStation() {
        long s = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("阵地街道"));
        long a = ContestSteps.unit(admin, s, "COMMUNITY", Api.unique("阵地甲社区"));
        long b = ContestSteps.unit(admin, s, "COMMUNITY", Api.unique("阵地乙社区"));
        long home = station(a, "幸福妇女微家");
        long other = station(b, "和美妇女微家");
        activity(a, "2026-03-08", "LECTURE", 30, home);
        activity(a, "2026-04-12", "LECTURE", 25, home);
        activity(b, "2026-05-20", "LECTURE", 18, other);
        activity(b, "2026-05-21", "LECTURE", 40, null);

        JsonNode t = admin.get("reporting/table?unitId=" + s + "&year=2026&compare=false").expect(200).body();
        JsonNode total = t.path("total").path("values");
        assertEquals(2, total.path("activities.byStation[" + home + "]").asInt(), total.toString());
        assertEquals(1, total.path("activities.byStation[" + other + "]").asInt(), total.toString());
        assertEquals(3, total.path("activities.byStation").asInt(), "held at a station: " + total);
        assertEquals(4, total.path("activities.activities").asInt(), "all activities: " + total);
        assertEquals(55, total.path("activities.participantsByStation[" + home + "]").asInt(), total.toString());
        assertEquals(18, total.path("activities.participantsByStation[" + other + "]").asInt(), total.toString());
        String members = members(t, "activities.byStation");
        assertTrue(members.contains("幸福妇女微家") && members.contains("和美妇女微家"), members);

        // a station opened while wfed runs is a member of the next table
        long opened = station(b, "新开妇女微家");
        activity(b, "2026-06-01", "LECTURE", 12, opened);
        JsonNode again = admin.get("reporting/table?unitId=" + b + "&year=2026&compare=false").expect(200).body();
        assertEquals(1, again.path("total").path("values").path("activities.byStation[" + opened + "]").asInt(), again.toString());
        assertTrue(members(again, "activities.byStation").contains("新开妇女微家"));
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
