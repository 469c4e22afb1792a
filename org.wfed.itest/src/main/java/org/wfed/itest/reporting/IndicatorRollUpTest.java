package org.wfed.itest.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Indicators roll up district (the top unit) → street → community, by quarter, by year, and over a
 * tree changed mid-year. The test plugin's records are in memory, so only this run's units carry values.
 */
class IndicatorRollUpTest {
    private static final TestIndicators PLUGIN = new TestIndicators();
    private static TestTree tree;
    private static TestIndicators.Recorded moves;
    private static long district;
    private static long street1;
    private static long street2;
    private static long c1;
    private static long c3;
    private static Api admin;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        tree = new TestTree(admin);
        district = tree.top();
        street1 = tree.unit(district, "STREET", "一街道妇联");
        street2 = tree.unit(district, "STREET", "二街道妇联");
        c1 = tree.unit(street1, "COMMUNITY", "甲社区妇联");
        long c2 = tree.unit(street1, "COMMUNITY", "乙社区妇联");
        c3 = tree.unit(street2, "COMMUNITY", "丙社区妇联");
        moves = PLUGIN.indicator(new TestIndicators.Recorded("itroll.moves", "活动", "次", "outreach"));
        PLUGIN.indicator(new TestIndicators.Recorded("itroll.trainings", "开展培训", "批次", "outreach"))
                .add(c1, "2025-03-10", 3).add(c2, "2025-05-01", 2).add(c3, "2025-09-01", 4)
                .add(street1, "2025-02-02", 1).add(district, "2025-06-06", 5).add(c1, "2024-04-04", 2);
        PLUGIN.indicator(new TestIndicators.Recorded("itroll.screened", "实查人数", "人", "care"))
                .add(c1, "2025-04-01", 40).add(c3, "2025-04-01", 10);
        PLUGIN.indicator(new TestIndicators.Recorded("itroll.due", "应查人数", "人", "care"))
                .add(c1, "2025-01-01", 80).add(c3, "2025-01-01", 40);
        PLUGIN.indicator(new TestIndicators.Rate("itroll.rate", "筛查率", "care", "itroll.screened", "itroll.due"));
    }

    @AfterAll
    static void tearDown() {
        PLUGIN.unregisterAll();
    }

    @Test
    void listsThePresentIndicatorsWithTheirRates() {
        JsonNode list = admin.get("reporting/indicators").expect(200).body();
        JsonNode rate = find(list, "itroll.rate");
        assertTrue(rate.path("ratio").asBoolean());
        assertEquals("[\"itroll.screened\",\"itroll.due\"]", rate.path("ratioOf").toString());
        assertEquals("批次", find(list, "itroll.trainings").path("unitZh").asText());
    }

    @Test
    void districtTableSumsEachStreetsSubtreeAndItsOwnRecords() {
        JsonNode t = admin.get("reporting/table?unitId=" + district + "&year=2025").expect(200).body();
        Map<Long, JsonNode> rows = rows(t);
        assertEquals(6, rows.get(street1).path("values").path("itroll.trainings").asLong());
        assertEquals(4, rows.get(street2).path("values").path("itroll.trainings").asLong());
        JsonNode own = rows.get(district);
        assertTrue(own.path("own").asBoolean());
        assertEquals(5, own.path("values").path("itroll.trainings").asLong());
        assertEquals(15, t.path("total").path("values").path("itroll.trainings").asLong());
        assertEquals(2, t.path("total").path("previous").path("itroll.trainings").asLong(), "2024 for comparison");
        assertEquals(2, rows.get(street1).path("previous").path("itroll.trainings").asLong());
        assertEquals("2024-01-01", t.path("previousFrom").asText());
    }

    @Test
    void ratesComeFromTheRolledUpNumeratorAndDenominator() {
        JsonNode t = admin.get("reporting/table?unitId=" + district + "&year=2025").expect(200).body();
        Map<Long, JsonNode> rows = rows(t);
        assertEquals(50.0, rows.get(street1).path("values").path("itroll.rate").asDouble());
        assertEquals(25.0, rows.get(street2).path("values").path("itroll.rate").asDouble());
        assertEquals(41.7, t.path("total").path("values").path("itroll.rate").asDouble());
        assertTrue(t.path("total").path("previous").path("itroll.rate").isNull(), "no denominator in 2024");
    }

    @Test
    void drillsDownIntoAStreet() {
        JsonNode t = admin.get("reporting/table?unitId=" + street1 + "&year=2025").expect(200).body();
        Map<Long, JsonNode> rows = rows(t);
        assertEquals(3, rows.get(c1).path("values").path("itroll.trainings").asLong());
        assertEquals(1, rows.get(street1).path("values").path("itroll.trainings").asLong());
        assertEquals(6, t.path("total").path("values").path("itroll.trainings").asLong());
    }

    @Test
    void quarterAndCustomRangeCountOnlyTheirDays() {
        JsonNode q1 = admin.get("reporting/table?unitId=" + district + "&year=2025&quarter=1").expect(200).body();
        assertEquals(4, rows(q1).get(street1).path("values").path("itroll.trainings").asLong());
        JsonNode custom = admin.get("reporting/table?unitId=" + district + "&from=2025-05-01&to=2025-09-01").expect(200).body();
        assertEquals(11, custom.path("total").path("values").path("itroll.trainings").asLong());
        assertEquals(2, rows(custom).get(street1).path("values").path("itroll.trainings").asLong());
        JsonNode alone = admin.get("reporting/table?unitId=" + district + "&year=2025&compare=false").expect(200).body();
        assertTrue(alone.path("total").path("previous").isNull(), "no comparison asked");
        assertTrue(alone.path("previousFrom").isNull());
    }

    @Test
    void aCommunityMovedMidYearRollsUpWhereItStoodInThePeriod() {
        long d = tree.top();
        long from = tree.unit(d, "STREET", "原街道");
        long to = tree.unit(d, "STREET", "新街道");
        long moved = tree.unit(from, "COMMUNITY", "迁移社区");
        long stays = tree.unit(from, "COMMUNITY", "留守社区");
        moves.add(moved, "2025-03-01", 5).add(moved, "2025-10-01", 7).add(stays, "2025-05-05", 1);
        tree.move(moved, to, LocalDate.of(2025, 7, 1));

        Map<Long, JsonNode> q1 = rows(admin.get("reporting/table?unitId=" + d + "&year=2025&quarter=1").expect(200).body());
        assertEquals(5, q1.get(from).path("values").path("itroll.moves").asLong(), "before the move it was under the old street");
        assertEquals(0, q1.get(to).path("values").path("itroll.moves").asLong());
        Map<Long, JsonNode> q4 = rows(admin.get("reporting/table?unitId=" + d + "&year=2025&quarter=4").expect(200).body());
        assertEquals(7, q4.get(to).path("values").path("itroll.moves").asLong());
        assertEquals(0, q4.get(from).path("values").path("itroll.moves").asLong());
        JsonNode year = admin.get("reporting/table?unitId=" + d + "&year=2025").expect(200).body();
        assertEquals(13, year.path("total").path("values").path("itroll.moves").asLong(), "nothing lost or counted twice");
        assertEquals(1, rows(year).get(from).path("values").path("itroll.moves").asLong());
        assertEquals(12, rows(year).get(to).path("values").path("itroll.moves").asLong(), "the year follows its last position");
    }

    @Test
    void badPeriodsAnswer400AndStrangersNeedToSignIn() {
        assertEquals("VALIDATION_FAILED", admin.get("reporting/table?unitId=" + district).expect(400).code());
        assertEquals("VALIDATION_FAILED", admin.get("reporting/table?unitId=" + district + "&year=2025&quarter=5").expect(400).code());
        assertEquals("INVALID_PERIOD", admin.get("reporting/table?unitId=" + district + "&from=2025-05-01&to=2025-01-01").expect(400).code());
        new Api().get("reporting/table?unitId=" + district + "&year=2025").expect(401);
        admin.get("reporting/table?unitId=99999999&year=2025").expect(404);
    }

    static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (id.equals(n.path("id").asText())) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    static Map<Long, JsonNode> rows(JsonNode table) {
        Map<Long, JsonNode> out = new HashMap<>();
        table.path("rows").forEach(r -> out.put(r.path("unitId").asLong(), r));
        return out;
    }
}
