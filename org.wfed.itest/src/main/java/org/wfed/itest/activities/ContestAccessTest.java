package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * A community clerk sees her own contests and what became of her nominations upward, not a sibling's contests
 * nor the street's; staff may run a contest but not approve its result.
 */
class ContestAccessTest {
    private static Api admin;
    private static Api clerkA;
    private static long contestA;
    private static long contestB;
    private static long streetContest;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("activities");
        admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("权限街道"));
        long a = admin.createUnit(street, "COMMUNITY", Api.unique("甲社区"));
        long b = admin.createUnit(street, "COMMUNITY", Api.unique("乙社区"));
        clerkA = admin.createUser(a, "STAFF");
        contestA = ContestSteps.contest(clerkA, a, "GOOD_FAMILY_VALUES", 2026).path("id").asLong();
        contestB = ContestSteps.contest(admin, b, "GOOD_FAMILY_VALUES", 2026).path("id").asLong();
        long n = ContestSteps.family(clerkA, contestA, "好家风甲户", ContestSteps.person(clerkA, a, "林美玲"));
        ContestSteps.review(clerkA, contestA);
        ContestSteps.notice(clerkA, contestA, java.time.LocalDate.now().toString());
        ContestSteps.letNoticeRun(clerkA, contestA);
        assertEquals("FORBIDDEN", ContestSteps.finaliseReply(clerkA, contestA).expect(403).code());
        ContestSteps.finaliseOk(admin, contestA);
        ContestSteps.commend(admin, contestA, java.time.LocalDate.now().toString());
        streetContest = clerkA.post("activities/contests/" + contestA + "/recommendations", Map.of("nomineeIds", List.of(n)))
                .expect(201).body().get(0).path("contestId").asLong();
    }

    @Test
    void clerkListsOnlyHerOwnContests() {
        JsonNode list = clerkA.get("activities/contests").expect(200).body();
        assertEquals(1, list.size(), list.toString());
        assertEquals(contestA, list.get(0).path("id").asLong());
    }

    @Test
    void aSiblingsContestIsNotFound() {
        clerkA.get("activities/contests/" + contestB).expect(404);
        clerkA.get("activities/contests/" + contestB + "/nominees").expect(404);
        clerkA.get("activities/contests/" + contestB + "/notice.html").expect(404);
        assertEquals("NOT_FOUND", clerkA.post("activities/contests/" + contestB + "/nominees",
                Map.of("name", "越权", "nominatedBy", "SELF")).expect(404).code());
    }

    @Test
    void theStreetsContestIsHiddenButHerNominationUpwardIsVisible() {
        clerkA.get("activities/contests/" + streetContest).expect(404);
        JsonNode upward = clerkA.get("activities/contests/" + contestA + "/recommendations").expect(200).body();
        assertEquals(1, upward.size());
        assertEquals(streetContest, upward.get(0).path("contestId").asLong());
        assertEquals("NOMINATED", upward.get(0).path("status").asText());
        assertEquals("STREET", upward.get(0).path("level").asText());
    }

    @Test
    void staffCannotConfigureContestTypes() {
        JsonNode type = clerkA.get("activities/contest-types").expect(200).body().get(0);
        clerkA.put("activities/contest-types/" + type.path("id").asLong(), type).expect(403);
    }

    @Test
    void writesWithoutPermissionOrOutsideTheSubtreeAreAudited() {
        String audit = admin.get("audit?action=access.denied&size=200").expect(200).body().path("items").toString();
        assertTrue(audit.contains("activities.approve") || audit.contains("\"recordType\":\"permission\""), audit);
    }
}
