package org.wfed.itest.elections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/** A tie at the last seat goes to a re-vote among the tied; an override needs a reason and is audited. */
class ElectionTieTest {

    @BeforeAll
    static void up() {
        Api.awaitUp("elections");
    }

    @Test
    void tieAtLastSeatIsRevotedAndOverrideIsAudited() {
        Api admin = Api.admin();
        long street = Fixture.unit(admin, Fixture.rootUnit(), "STREET", Fixture.unique("平局街道"));
        long community = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("平局社区"));
        Api clerk = Fixture.staff(admin, community);
        JsonNode d = clerk.post("elections", Map.of("unitId", community, "title", "换届", "electionDate", LocalDate.now().toString(),
                "termYears", 3, "positions", List.of(Map.of("kind", "EXECUTIVE", "seats", 2, "competitive", true)),
                "rules", Map.of("surplusPercent", 50))).expect(201).body();
        long id = d.path("election").path("id").asLong();
        long exec = d.path("positions").get(0).path("id").asLong();
        assertEquals(3, d.path("election").path("termYears").asInt());
        List<Long> cands = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long person = Fixture.person(admin, community, "平局" + Fixture.unique(""), "F", LocalDate.of(1985, 1, 1), "COLLEGE", false, null);
            cands.add(clerk.post("elections/" + id + "/candidates", Map.of("positionId", exec, "personId", person)).expect(201)
                    .body().path("id").asLong());
        }
        for (String s : List.of("REQUEST_APPROVED", "CANDIDATES_PROPOSED", "CANDIDATES_VETTED", "CANDIDATES_APPROVED")) {
            clerk.post("elections/" + id + "/steps", ElectionFlowTest.step(s)).expect(200);
        }
        clerk.post("elections/" + id + "/officials", Map.of("role", "SCRUTINEER", "name", "监票甲")).expect(201);
        clerk.post("elections/" + id + "/officials", Map.of("role", "COUNTER", "name", "计票乙")).expect(201);
        clerk.put("elections/" + id + "/attendance", Map.of("votersDue", 10, "votersPresent", 10)).expect(200);
        clerk.post("elections/" + id + "/steps", ElectionFlowTest.step("CONGRESS")).expect(200);

        JsonNode r1 = clerk.post("elections/" + id + "/positions/" + exec + "/rounds", Map.of("issued", 10, "returned", 10,
                "valid", 10, "invalid", 0, "tallies", List.of(tally(cands.get(0), 8), tally(cands.get(1), 6), tally(cands.get(2), 6))))
                .expect(201).body();
        JsonNode p = r1.path("positions").get(0);
        assertEquals(1, p.path("elected").asInt());
        assertEquals(2, p.path("revoteAmong").size());
        assertTrue(p.path("rounds").get(0).path("explanation").asText().contains("另行投票"));
        Api.Reply early = clerk.post("elections/" + id + "/steps", ElectionFlowTest.step("COUNTED")).expect(409);
        assertTrue(early.body().path("message").asText().contains("须先另行投票"), early.body().toString());

        // the re-vote is among the tied only
        assertEquals("NOT_RUNNING", clerk.post("elections/" + id + "/positions/" + exec + "/rounds", Map.of("issued", 10, "returned", 10,
                "valid", 10, "invalid", 0, "tallies", List.of(tally(cands.get(0), 5)))).expect(400).code());
        JsonNode r2 = clerk.post("elections/" + id + "/positions/" + exec + "/rounds", Map.of("issued", 10, "returned", 10,
                "valid", 10, "invalid", 0, "tallies", List.of(tally(cands.get(1), 8), tally(cands.get(2), 2)))).expect(201).body();
        assertEquals(2, r2.path("positions").get(0).path("elected").asInt());
        assertEquals(1, r2.path("positions").get(0).path("rounds").get(1).path("seats").asInt());
        assertEquals("SEATS_FILLED", clerk.post("elections/" + id + "/positions/" + exec + "/rounds", Map.of("issued", 10, "returned", 10,
                "valid", 10, "invalid", 0, "tallies", List.of(tally(cands.get(2), 8)))).expect(409).code());

        // override: reason required, admins only, audited
        Map<String, Object> noReason = Map.of("candidateIds", List.of(cands.get(0), cands.get(2)), "reason", "");
        assertEquals(400, admin.post("elections/" + id + "/positions/" + exec + "/override", noReason).status());
        Map<String, Object> override = Map.of("candidateIds", List.of(cands.get(0), cands.get(2)), "reason", "大会鼓掌通过改选结果");
        assertEquals(403, clerk.post("elections/" + id + "/positions/" + exec + "/override", override).status());
        JsonNode o = admin.post("elections/" + id + "/positions/" + exec + "/override", override).expect(200).body();
        JsonNode pos = o.path("positions").get(0);
        assertTrue(pos.path("overridden").asBoolean());
        assertTrue(pos.path("explanation").asText().contains("大会鼓掌通过改选结果"));
        assertTrue(pos.path("candidates").get(2).path("elected").asBoolean());
        assertEquals(false, pos.path("candidates").get(1).path("elected").asBoolean());
        long audited = Fixture.service(Database.class).read(c -> Jdbc.number(c,
                "SELECT COUNT(*) FROM core_audit WHERE action = 'elections.override' AND record_id = ?", String.valueOf(id)));
        assertEquals(1, audited);
    }

    private static Map<String, Object> tally(long candidateId, long yes) {
        return Map.of("candidateId", candidateId, "yes", yes, "no", 10 - yes, "abstain", 0);
    }
}
