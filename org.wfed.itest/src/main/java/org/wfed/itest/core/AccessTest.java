package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** A community user sees and changes only her subtree; other units answer 404, also for guessed ids. */
class AccessTest {
    private static Api admin;
    private static long communityA;
    private static long communityB;
    private static long personInB;
    private static Api clerkA;

    @BeforeAll
    static void setUp() {
        Api.awaitUp();
        admin = Api.admin();
        long top = admin.unitId();
        long streetA = admin.createUnit(top, "STREET", Api.unique("甲街道"));
        long streetB = admin.createUnit(top, "STREET", Api.unique("乙街道"));
        communityA = admin.createUnit(streetA, "COMMUNITY", Api.unique("甲社区"));
        communityB = admin.createUnit(streetB, "COMMUNITY", Api.unique("乙社区"));
        personInB = admin.post("people", Map.of("unitId", communityB, "name", "乙居民", "sex", "F", "birthDate", "1980-05-01"))
                .expect(201).body().path("id").asLong();
        clerkA = admin.createUser(communityA, "STAFF");
    }

    @Test
    void clerkSeesHerOwnCommunity() {
        clerkA.get("orgs/" + communityA).expect(200);
        assertEquals(1, clerkA.get("orgs/tree").expect(200).body().size());
    }

    @Test
    void anotherCommunityIsNotFound() {
        assertEquals("NOT_FOUND", clerkA.get("orgs/" + communityB).expect(404).code());
        clerkA.get("people?unitId=" + communityB).expect(404);
    }

    @Test
    void guessingAPersonIdOutsideTheSubtreeTellsNothing() {
        clerkA.get("people/" + personInB).expect(404);
        clerkA.get("people/99999999").expect(404);
        clerkA.put("people/" + personInB, Map.of("unitId", communityA, "name", "改名", "sex", "F", "birthDate", "1980-05-01",
                "version", 0)).expect(404);
    }

    @Test
    void clerkCannotRegisterPeopleInAnotherCommunity() {
        clerkA.post("people", Map.of("unitId", communityB, "name", "越权", "sex", "F", "birthDate", "1990-01-01")).expect(404);
        clerkA.post("people", Map.of("unitId", communityA, "name", "本社区居民", "sex", "F", "birthDate", "1990-01-01")).expect(201);
    }

    @Test
    void staffMayNotChangeTheTreeOrManageUsers() {
        assertEquals("FORBIDDEN", clerkA.post("orgs", Map.of("parentId", communityA, "kind", "GRASSROOTS_ORG", "name", "x")).expect(403).code());
        clerkA.get("users").expect(403);
        clerkA.get("audit").expect(403);
    }

    @Test
    void deniedAccessIsAudited() {
        clerkA.get("orgs/" + communityB).expect(404);
        String entries = admin.get("audit?action=access.denied&size=200").expect(200).body().path("items").toString();
        assertTrue(entries.contains("\"recordId\":\"" + communityB + "\""), entries);
        assertFalse(entries.isEmpty());
    }
}
