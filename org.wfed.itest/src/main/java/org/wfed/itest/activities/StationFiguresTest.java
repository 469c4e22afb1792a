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
 * Activities (场次) and their participants broken down by station (阵地), core's station dimension: two activities
 * at one 妇女微家 and one at another come out per station in the table, a station opened while wfed runs is a member
 * at once, and activities held at no station count in the total only.
 */
class StationFiguresTest {
    private static Api admin;
    private static long street;
    private static long communityA;
    private static long communityB;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("activities");
        Api.awaitUp("reporting");
        admin = Api.admin();
        street = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("阵地街道"));
        communityA = ContestSteps.unit(admin, street, "COMMUNITY", Api.unique("阵地甲社区"));
        communityB = ContestSteps.unit(admin, street, "COMMUNITY", Api.unique("阵地乙社区"));
    }

    private static long station(long unit, String name) {
        return admin.post("orgs/" + unit + "/stations", Map.of("kind", "MICRO_HOME", "name", name, "openedOn", "2026-01-01"))
                .expect(201).body().path("id").asLong();
    }

    private static void activity(long unit, String day, Long station, int participants) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit, "heldOn", day, "typeCode", "LECTURE", "theme", "妇女维权法律宣传",
                "participants", participants, "volunteers", 0, "batches", 0, "trainees", 0));
        body.putAll(Map.of("mediaReports", 0, "wechatPosts", 0, "originalPosts", 0));
        if (station != null) {
            body.put("stationId", station);
        }
        admin.post("activities/events", body).expect(201);
    }

    @Test
    void activitiesComeOutPerStation() {
        long home = station(communityA, "幸福妇女微家");
        long other = station(communityB, "和美妇女微家");
        activity(communityA, "2026-03-08", home, 30);
        activity(communityA, "2026-04-12", home, 25);
        activity(communityB, "2026-05-20", other, 18);
        activity(communityB, "2026-05-21", null, 40);

        JsonNode t = admin.get("reporting/table?unitId=" + street + "&year=2026&compare=false").expect(200).body();
        JsonNode total = t.path("total").path("values");
        assertEquals(2, total.path("activities.byStation[" + home + "]").asInt(), total.toString());
        assertEquals(1, total.path("activities.byStation[" + other + "]").asInt(), total.toString());
        assertEquals(3, total.path("activities.byStation").asInt(), "held at a station: " + total);
        assertEquals(4, total.path("activities.activities").asInt(), "all activities: " + total);
        assertEquals(55, total.path("activities.participantsByStation[" + home + "]").asInt(), total.toString());
        assertEquals(18, total.path("activities.participantsByStation[" + other + "]").asInt(), total.toString());
        String members = "";
        for (JsonNode i : t.path("indicators")) {
            if (i.path("id").asText().equals("activities.byStation")) {
                members = i.path("dimension").path("members").toString();
            }
        }
        assertTrue(members.contains("幸福妇女微家") && members.contains("和美妇女微家"), members);

        // a station opened while wfed runs is a member of the next table
        long opened = station(communityB, "新开妇女微家");
        activity(communityB, "2026-06-01", opened, 12);
        JsonNode again = admin.get("reporting/table?unitId=" + communityB + "&year=2026&compare=false").expect(200).body();
        assertEquals(1, again.path("total").path("values").path("activities.byStation[" + opened + "]").asInt(), again.toString());
        assertTrue(again.path("indicators").toString().contains("新开妇女微家"));
    }
}
