package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;
import org.wfed.itest.Api;

/**
 * The seed figure: a street names 84 clean families (清洁家庭, a contest type configured by this test), recommends
 * one to the district, which names it and records its city-level title. The family's history keeps every step, and the indicators report 84 / 1 / 1
 * for the street.
 */
class RecommendationTest {
    private static Api admin;
    private static long district;
    private static long street;
    private static long streetContest;
    private static JsonNode streetNotice;
    private static long districtContest;
    private static long districtNominee;
    private static long recommendedFamily;

    @BeforeAll
    static void seed() {
        Api.awaitUp("activities");
        admin = Api.admin();
        // the district is the top unit, shared by every run: a contest type of this run's own keeps contests apart
        district = admin.unitId();
        String code = ("CLEAN_" + Api.unique("R")).toUpperCase();
        admin.post("activities/contest-types", Map.ofEntries(Map.entry("id", 0), Map.entry("code", code),
                Map.entry("name", "清洁家庭"), Map.entry("nomineeKind", "FAMILY"), Map.entry("criteria", "居室整洁"),
                Map.entry("cycleYears", 1), Map.entry("quota", 0), Map.entry("voteShare", 0), Map.entry("noticeDays", 3),
                Map.entry("noticeWorkingDays", true), Map.entry("requiresLowerTitle", false), Map.entry("active", true),
                Map.entry("sortOrder", 999), Map.entry("version", 0))).expect(201);
        street = admin.createUnit(district, "STREET", Api.unique("推荐街道"));
        long[] communities = {admin.createUnit(street, "COMMUNITY", Api.unique("一社区")),
                admin.createUnit(street, "COMMUNITY", Api.unique("二社区"))};
        streetContest = ContestSteps.contest(admin, street, code, 2026).path("id").asLong();
        long first = 0;
        for (int i = 1; i <= 84; i++) {
            long community = communities[i % 2];
            long person = ContestSteps.person(admin, community, "清洁户" + i);
            long n = ContestSteps.family(admin, streetContest, "清洁户" + i + "家庭", person);
            first = first == 0 ? n : first;
        }
        recommendedFamily = first;
        streetNotice = ContestSteps.runToCommended(admin, streetContest, java.time.DayOfWeek.MONDAY);

        JsonNode upward = admin.post("activities/contests/" + streetContest + "/recommendations",
                Map.of("nomineeIds", List.of(first))).expect(201).body();
        districtNominee = upward.get(0).path("id").asLong();
        districtContest = upward.get(0).path("contestId").asLong();
        ContestSteps.runToCommended(admin, districtContest, java.time.DayOfWeek.WEDNESDAY);
        admin.post("activities/contests/" + districtContest + "/nominees/" + districtNominee + "/external-honours",
                Map.of("level", "CITY", "title", "市级清洁家庭", "awardedOn", "2026-11-25", "documentNo", "市妇字〔2026〕3号"))
                .expect(201);
    }

    @Test
    void theStreetCommendedEightyFourFamiliesWithCertificates() {
        JsonNode k = admin.get("activities/contests/" + streetContest).expect(200).body();
        assertEquals("COMMENDED", k.path("status").asText());
        assertEquals(84, k.path("selected").asInt());
        // 3 working days from a Monday: Monday to Wednesday (as the server counted them when the notice was started)
        java.time.LocalDate monday = java.time.LocalDate.parse(streetNotice.path("noticeStart").asText());
        assertEquals(java.time.DayOfWeek.MONDAY, monday.getDayOfWeek());
        assertEquals(monday.plusDays(2).toString(), streetNotice.path("noticeEnd").asText());
        String honours = admin.get("activities/contests/" + streetContest + "/honours.html").expect(200).raw().body();
        assertTrue(honours.contains("〔2026〕清洁家庭第084号<"), honours);
    }

    @Test
    void theRecommendedFamilyKeepsItsHistory() {
        JsonNode upper = admin.get("activities/contests/" + districtContest + "/nominees/" + districtNominee).expect(200).body();
        assertEquals(recommendedFamily, upper.path("sourceNomineeId").asLong());
        assertEquals("ORGANISATION", upper.path("nominatedBy").asText());
        assertEquals(1, upper.path("members").size());

        JsonNode history = admin.get("activities/contests/" + streetContest + "/nominees/" + recommendedFamily + "/history")
                .expect(200).body();
        assertEquals(3, history.size(), history.toString());
        assertEquals("STREET", history.get(0).path("level").asText());
        assertEquals("DISTRICT", history.get(1).path("level").asText());
        assertEquals("COMMENDED", history.get(1).path("status").asText());
        assertEquals("CITY", history.get(2).path("level").asText());
        assertEquals("市级清洁家庭", history.get(2).path("title").asText());
        assertEquals(history, admin.get("activities/contests/" + districtContest + "/nominees/" + districtNominee + "/history")
                .expect(200).body());
    }

    @Test
    void aFamilyIsRecommendedOnlyOnce() {
        assertEquals("ALREADY_RECOMMENDED", admin.post("activities/contests/" + streetContest + "/recommendations",
                Map.of("nomineeIds", List.of(recommendedFamily))).expect(409).code());
    }

    @Test
    void theStreetReportsEightyFourOneAndOne() {
        Scope scope = FrameworkUtilHolder.orgs().scope(street, Period.year(2026));
        Map<String, Long> totals = new HashMap<>();
        for (Indicator i : FrameworkUtilHolder.indicators()) {
            if (i.id().startsWith("activities.")) {
                totals.put(i.id(), scope.total(i.compute(scope, Period.year(2026))));
            }
        }
        assertEquals(84L, totals.get("activities.familiesNominated"));
        assertEquals(84L, totals.get("activities.familiesCommended"));
        assertEquals(84L, totals.get("activities.familiesCommended.street"));
        assertEquals(1L, totals.get("activities.familiesCommended.district"));
        assertEquals(1L, totals.get("activities.familiesCommended.city"));
        assertEquals(0L, totals.getOrDefault("activities.trainings", 0L));
    }

    /** Services of the running framework. */
    static final class FrameworkUtilHolder {
        static OrgService orgs() {
            return Api.service(OrgService.class);
        }

        static List<Indicator> indicators() {
            BundleContext ctx = FrameworkUtil.getBundle(RecommendationTest.class).getBundleContext();
            try {
                return ctx.getServiceReferences(Indicator.class, null).stream().map(ctx::getService).toList();
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new AssertionError(e);
            }
        }
    }
}
