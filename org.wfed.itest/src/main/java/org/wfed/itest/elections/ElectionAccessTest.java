package org.wfed.itest.elections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * A community clerk runs her own unit's election only: another unit's election is invisible (404)
 * to open, read, count or approve, and approval belongs to the parent unit alone.
 */
class ElectionAccessTest {

    private static Api admin;
    private static long street;
    private static long communityA;
    private static long communityB;
    private static Api clerkA;
    private static Api clerkB;
    private static long electionA;
    private static long executivesA;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("elections");
        admin = Api.admin();
        street = Fixture.unit(admin, Fixture.rootUnit(), "STREET", Fixture.unique("权限街道"));
        communityA = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("甲社区"));
        communityB = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("乙社区"));
        clerkA = Fixture.staff(admin, communityA);
        clerkB = Fixture.staff(admin, communityB);
        var d = clerkA.post("elections", open(communityA)).expect(201).body();
        electionA = d.path("election").path("id").asLong();
        executivesA = d.path("positions").get(0).path("id").asLong();
    }

    static Map<String, Object> open(long unitId) {
        return Map.of("unitId", unitId, "title", "换届", "electionDate", LocalDate.now().toString(),
                "positions", List.of(Map.of("kind", "EXECUTIVE", "seats", 3, "competitive", true)));
    }

    @Test
    void clerkCannotOpenAnotherUnitsElection() {
        assertEquals("NOT_FOUND", clerkB.post("elections", open(communityA)).expect(404).code());
        assertEquals(404, clerkA.post("elections", open(street)).status());
    }

    @Test
    void aSecondElectionWithinTheTermNeedsAReasonThatIsAudited() {
        long community = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("换届两次社区"));
        Api clerk = Fixture.staff(admin, community);
        clerk.post("elections", open(community)).expect(201);
        Api.Reply refused = clerk.post("elections", open(community)).expect(400);
        assertEquals("earlyReason", refused.body().path("fields").get(0).path("field").asText(), refused.body().toString());
        assertTrue(refused.body().path("fields").get(0).path("message").asText().contains("尚在任期内"), refused.body().toString());
        assertEquals(1, clerk.get("elections?unitId=" + community).expect(200).body().size(), "nothing opened");

        Map<String, Object> early = new java.util.HashMap<>(open(community));
        early.put("earlyReason", "原主席调离，执委会不足半数");
        clerk.post("elections", early).expect(201);
        assertEquals(2, clerk.get("elections?unitId=" + community).expect(200).body().size());
        var audit = admin.get("audit?action=elections.open.early&size=50").expect(200).body().path("items");
        assertTrue(audit.toString().contains("原主席调离"), "the reason is in the audit log: " + audit);
    }

    @Test
    void clerkCannotSeeOrChangeAnotherUnitsElection() {
        clerkB.get("elections/" + electionA).expect(404);
        clerkB.post("elections/" + electionA + "/steps", Map.of("step", "REQUEST_APPROVED", "date", LocalDate.now().toString())).expect(404);
        clerkB.put("elections/" + electionA + "/attendance", Map.of("votersDue", 10, "votersPresent", 9)).expect(404);
        assertTrue(clerkB.get("elections").expect(200).body().findValues("unitId").stream().noneMatch(n -> n.asLong() == communityA));
        assertEquals(1, clerkA.get("elections").expect(200).body().size());
    }

    @Test
    void clerkCannotNominateSomeoneOutsideHerUnit() {
        long personOfA = Fixture.person(admin, communityA, "甲居民" + Fixture.unique(""), "F", LocalDate.of(1980, 1, 1), "COLLEGE", false, null);
        var d = clerkB.post("elections", open(communityB)).expect(201).body();
        long electionB = d.path("election").path("id").asLong();
        long executivesB = d.path("positions").get(0).path("id").asLong();
        clerkB.post("elections/" + electionB + "/candidates", Map.of("positionId", executivesB, "personId", personOfA)).expect(404);
        clerkB.post("elections/" + electionB + "/officials", Map.of("role", "COUNTER", "name", "x", "personId", personOfA)).expect(404);
    }

    @Test
    void clerkCannotCountAnotherUnitsElection() {
        Map<String, Object> round = Map.of("issued", 5, "returned", 5, "valid", 5, "invalid", 0,
                "tallies", List.of(Map.of("candidateId", 1, "yes", 1, "no", 0, "abstain", 0)));
        clerkB.post("elections/" + electionA + "/positions/" + executivesA + "/rounds", round).expect(404);
    }

    @Test
    void onlyTheParentUnitApproves() {
        Map<String, Object> approval = Map.of("date", LocalDate.now().toString());
        clerkB.post("elections/" + electionA + "/approve", approval).expect(404);
        assertEquals("FORBIDDEN", clerkA.post("elections/" + electionA + "/approve", approval).expect(403).code());
        // the district (grandparent) may see it but is not the approving level
        assertEquals(403, admin.post("elections/" + electionA + "/approve", approval).status());
        // the street is, and is told the election is not ready yet
        Api streetClerk = Fixture.staff(admin, street);
        assertEquals("STEP_REFUSED", streetClerk.post("elections/" + electionA + "/approve", approval).expect(409).code());
    }

    @Test
    void badInputIsA400NotA500() {
        assertEquals(400, clerkA.post("elections", Map.of("unitId", communityA, "title", "", "positions", List.of())).status());
        assertEquals(400, clerkA.post("elections/" + electionA + "/positions/" + executivesA + "/rounds",
                Map.of("issued", 5)).status());
        assertEquals(400, clerkA.postRaw("elections", "{not json").status());
        assertEquals(400, clerkA.post("elections", Map.of("unitId", communityA, "title", "x", "electionDate", "2026-01-01",
                "positions", List.of(Map.of("kind", "EXECUTIVE", "seats", 3, "competitive", true)),
                "rules", Map.of("quorumShare", "lots"))).status());
    }
}
