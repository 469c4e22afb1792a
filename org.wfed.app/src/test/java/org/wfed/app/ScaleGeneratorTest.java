package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scale data generator in the full deployment: a small city of two districts with two years of
 * records (WFED_GENERATE=2districts, WFED_GENERATE_YEARS=2, few people per district), every module's
 * provider called per street and year, and the reports see both years.
 */
class ScaleGeneratorTest {

    @Test
    void twoDistrictsWithTwoYearsOfRecords() throws Exception {
        Path data = Files.createTempDirectory("wfed-generate-");
        Map<String, String> env = Map.of("WFED_GENERATE", "2districts", "WFED_GENERATE_YEARS", "2",
                "WFED_GENERATE_PEOPLE", "3000", "WFED_SEED", "7");
        try (WfedServer.Running server = WfedServer.launch("wfed.jar", data, data, env)) {
            ApiClient api = ApiClient.admin(server.url());
            JsonNode status = awaitDone(api, server);
            assertEquals(2, status.path("districts").asInt(), status.toString());
            assertEquals(2, status.path("years").asInt(), status.toString());
            // below the city: 2 districts, 20 streets, 600 communities; 10 people in each
            assertEquals(2 + 20 + 600, status.path("units").asLong(), status.toString());
            assertEquals(6000L, status.path("people").asLong(), status.toString());

            long city = top(api);
            int year = LocalDate.now().getYear();
            JsonNode table = api.get("/api/reporting/table?unitId=" + city + "&year=" + year).body();
            long now = table.path("total").path("values").path("activities.activities").asLong();
            long before = table.path("total").path("previous").path("activities.activities").asLong();
            // one activity for every two residents a year: 5 in each community of 10
            assertEquals(600L * 5, now, "this year's activities: " + table.path("total"));
            assertEquals(600L * 5, before, "last year's activities: " + table.path("total"));
            // elections only in the current year (the generated committees took office in 2021)
            assertTrue(table.path("total").path("values").path("elections.finished").asLong() > 0, table.path("total").toString());
            assertEquals(0L, table.path("total").path("previous").path("elections.finished").asLong());
            // last year's screened women are not invited again this year
            assertTrue(table.path("total").path("values").path("aid.screeningDue").asLong()
                    < table.path("total").path("previous").path("aid.screeningDue").asLong(), table.path("total").toString());
            assertEquals(2, table.path("rows").size(), "one row per district");

            // the drafts of the city, its districts and streets and the communities of each district's first street
            // state only what was done
            JsonNode tree = api.get("/api/orgs/tree").body();
            java.util.Set<Long> firstStreets = new java.util.HashSet<>();
            java.util.Set<Long> districts = new java.util.HashSet<>();
            for (JsonNode u : tree) {
                if (u.path("kind").asText().equals("DISTRICT")) {
                    districts.add(u.path("id").asLong());
                }
            }
            for (JsonNode u : tree) {
                if (districts.contains(u.path("parentId").asLong()) && firstStreets.stream()
                        .noneMatch(s -> parentOf(tree, s) == u.path("parentId").asLong())) {
                    firstStreets.add(u.path("id").asLong());
                }
            }
            java.util.List<String> problems = new java.util.ArrayList<>();
            int drafted = 0;
            for (JsonNode u : tree) {
                String kind = u.path("kind").asText();
                if (!kind.equals("COMMUNITY") && !kind.equals("VILLAGE") || firstStreets.contains(u.path("parentId").asLong())) {
                    problems.addAll(Drafts.problems(api, u.path("id").asLong(), year));
                    drafted++;
                }
            }
            assertTrue(drafted >= 2 + 20 + 1 + 60, "drafted " + drafted);
            assertEquals(java.util.List.of(), problems);
        }
    }

    private static long parentOf(JsonNode tree, long id) {
        for (JsonNode u : tree) {
            if (u.path("id").asLong() == id) {
                return u.path("parentId").asLong();
            }
        }
        return -1;
    }

    /** The city at the top of the tree. */
    private static long top(ApiClient api) {
        for (JsonNode unit : api.get("/api/orgs/tree").body()) {
            if (unit.path("parentId").isNull() || unit.path("parentId").isMissingNode()) {
                assertEquals("CITY", unit.path("kind").asText(), unit.toString());
                return unit.path("id").asLong();
            }
        }
        throw new AssertionError("no unit at the top of the tree");
    }

    private static JsonNode awaitDone(ApiClient api, WfedServer.Running server) throws InterruptedException {
        // about a minute alone; several minutes on a machine shared with other builds
        long until = System.nanoTime() + 480_000_000_000L;
        JsonNode s = null;
        while (System.nanoTime() < until) {
            s = api.get("/api/system/generate").body();
            String state = s.path("state").asText();
            if (state.equals("DONE")) {
                return s;
            }
            if (state.equals("FAILED")) {
                throw new AssertionError("generation failed: " + s);
            }
            Thread.sleep(500);
        }
        // where it stands, so that a slow or stuck generation on CI can be told apart
        throw new AssertionError("generation did not finish in 8 minutes; last status " + s + "\nhealth "
                + api.get("/api/health").body() + "\n" + server.thread("wfed-generate") + "\n" + server.tail());
    }
}
