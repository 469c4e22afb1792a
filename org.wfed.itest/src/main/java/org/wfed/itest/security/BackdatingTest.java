package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * 公示 skipped by backdating (pen test): no workflow gate can be passed by a date in the past. An aid
 * notice starts no earlier than the approval, a contest notice no earlier than the day the honourees are
 * chosen, payments and commendations follow the end of the notice, election steps follow each other.
 */
class BackdatingTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static World w;

    @BeforeAll
    static void up() {
        w = World.get();
    }

    @Test
    void anAidNoticeCannotStartBeforeTheApprovalItAnnounces() {
        Map<String, Object> rules = new HashMap<>(Map.of("categories", List.of(), "onceEver", false, "noAidYears", 0,
                "noAidProgrammes", List.of(), "requiresDiagnosis", false));
        long programme = w.admin.post("aid/programmes", new HashMap<>(Map.of("code", Api.unique("BD").toUpperCase(),
                "name", Api.unique("公示项目"), "kind", "CASH", "fundSource", "BUDGET", "amountFen", 100_000, "rules", rules,
                "reviewLevels", List.of("COMMUNITY"), "noticeDays", 7, "channels", List.of("CASH")))).expect(201).body().path("id").asLong();
        Map<String, Object> person = new HashMap<>(Map.of("unitId", w.a, "name", Api.unique("公示对象"), "sex", "F", "birthDate", "1975-05-05"));
        long woman = w.admin.post("aid/beneficiaries", Map.of("person", person, "categories", List.of("DIBAO"),
                "healthConsentOn", TODAY.toString())).expect(201).body().path("personId").asLong();
        JsonNode a = w.admin.post("aid/applications", Map.of("programmeId", programme, "personId", woman, "reason", "困难",
                "appliedOn", TODAY.minusDays(30).toString())).expect(201).body();
        JsonNode approved = w.admin.post("aid/applications/" + a.path("id").asLong() + "/review", Map.of("approve", true, "comment", "同意",
                "version", a.path("version").asInt())).expect(200).body();
        // the pen test's path: approved today, a notice "from" ten days ago has "ended", then pay
        Api.Reply backdated = w.admin.post("aid/applications/" + a.path("id").asLong() + "/notice", Map.of("from",
                TODAY.minusDays(10).toString(), "version", approved.path("version").asInt()));
        assertEquals(400, backdated.status(), backdated.raw().body());
        assertEquals("BEFORE_DECISION", backdated.body().path("fields").get(0).path("code").asText());
        JsonNode noticed = w.admin.post("aid/applications/" + a.path("id").asLong() + "/notice", Map.of("from", TODAY.toString(),
                "version", approved.path("version").asInt())).expect(200).body();
        Api.Reply pay = w.admin.post("aid/applications/" + a.path("id").asLong() + "/payment", Map.of("amountFen", 100_000,
                "channel", "CASH", "paidOn", TODAY.toString(), "version", noticed.path("version").asInt()));
        assertEquals("NOTICE_NOT_ENDED", pay.expect(409).code());
    }

    @Test
    void aContestNoticeCannotStartBeforeTheChoiceNorEndEarly() {
        long contest = w.admin.post("activities/contests", Map.of("unitId", w.a, "typeId", w.ids.get("contest-types"),
                "contestYear", TODAY.getYear() - 1)).expect(201).body().path("id").asLong();
        long person = w.admin.post("people", Map.of("unitId", w.a, "name", Api.unique("评选户"), "sex", "F", "birthDate", "1970-01-02"))
                .expect(201).body().path("id").asLong();
        w.admin.post("activities/contests/" + contest + "/nominees", Map.of("name", Api.unique("家庭"), "nominatedBy", "SELF",
                "members", List.of(Map.of("personId", person)))).expect(201);
        int v = w.admin.get("activities/contests/" + contest).expect(200).body().path("version").asInt();
        w.admin.post("activities/contests/" + contest + "/review", Map.of("version", v)).expect(200);
        v = w.admin.get("activities/contests/" + contest).expect(200).body().path("version").asInt();
        Api.Reply backdated = w.admin.post("activities/contests/" + contest + "/notice", Map.of("startOn", TODAY.minusDays(20).toString(),
                "version", v));
        assertEquals(400, backdated.status(), backdated.raw().body());
        JsonNode started = w.admin.post("activities/contests/" + contest + "/notice", Map.of("startOn", TODAY.toString(), "version", v))
                .expect(200).body();
        // an objection cannot be dated before the notice, and the result cannot be confirmed before it ends
        long nominee = w.admin.get("activities/contests/" + contest + "/nominees").expect(200).body().get(0).path("id").asLong();
        assertEquals(400, w.admin.post("activities/contests/" + contest + "/objections", Map.of("nomineeId", nominee,
                "lodgedOn", TODAY.minusDays(3).toString(), "content", "异议")).status());
        assertEquals("NOTICE_NOT_ENDED", w.admin.post("activities/contests/" + contest + "/finalise",
                Map.of("version", started.path("version").asInt())).expect(409).code());
    }

    @Test
    void electionStepsCannotBeDatedBeforeTheStepTheyFollow() {
        Map<String, Object> open = new HashMap<>();
        open.put("unitId", w.a);
        open.put("title", Api.unique("回溯换届"));
        // A's committee may still be within its term (another test's election): an early 换届 needs its reason
        open.put("earlyReason", "测试：同一任期内再次换届");
        open.put("electionDate", TODAY.toString());
        open.put("positions", List.of(Map.of("kind", "EXECUTIVE", "seats", 1, "competitive", false)));
        long id = w.admin.post("elections", open).expect(201).body().path("election").path("id").asLong();
        w.admin.post("elections/" + id + "/steps", Map.of("step", "REQUEST_APPROVED", "date", TODAY.toString())).expect(200);
        Api.Reply earlier = w.admin.post("elections/" + id + "/steps", Map.of("step", "CANDIDATES_PROPOSED", "date",
                TODAY.minusDays(40).toString()));
        assertEquals(400, earlier.status(), earlier.raw().body());
        assertEquals(400, w.admin.post("elections/" + id + "/steps", Map.of("step", "CANDIDATES_PROPOSED", "date",
                TODAY.plusDays(3).toString())).status());
    }
}
