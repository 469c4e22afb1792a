package org.wfed.itest.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;
import org.wfed.itest.Api;

/**
 * The figures of an approved (locked) year are computed once and then served from memory; returning a
 * summary (which unlocks the year) makes them computed afresh. An open year is computed on every call.
 */
class LockedYearFiguresTest {
    private static final TestIndicators PLUGIN = new TestIndicators();
    private static final Counted COUNTED = new Counted();
    private static TestTree tree;
    private static Api admin;

    /** Sums its dated entries per unit, counting how often it is asked for a root and period. */
    static final class Counted implements Indicator {
        record Entry(long unitId, LocalDate day, long amount) {
        }

        final List<Entry> entries = new CopyOnWriteArrayList<>();
        final Map<String, Integer> calls = new java.util.concurrent.ConcurrentHashMap<>();

        @Override public String id() { return "itlocked.count"; }
        @Override public String nameZh() { return "计数"; }
        @Override public String nameEn() { return "Count"; }
        @Override public String unitZh() { return "次"; }
        @Override public String section() { return "outreach"; }

        @Override
        public Map<Long, Long> compute(Scope scope, Period period) {
            calls.merge(scope.root() + "@" + period.from(), 1, Integer::sum);
            Map<Long, Long> out = new HashMap<>();
            for (Entry e : entries) {
                if (scope.contains(e.unitId()) && period.contains(e.day())) {
                    out.merge(e.unitId(), e.amount(), Long::sum);
                }
            }
            return out;
        }

        int callsFor(long root, int year) {
            return calls.getOrDefault(root + "@" + year + "-01-01", 0);
        }
    }

    @BeforeAll
    static void setUp() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        tree = new TestTree(admin);
        PLUGIN.indicator(COUNTED);
    }

    @AfterAll
    static void tearDown() {
        PLUGIN.unregisterAll();
    }

    private static long total(long unit, int year) {
        JsonNode t = admin.get("reporting/table?unitId=" + unit + "&year=" + year + "&compare=false").expect(200).body();
        return t.path("total").path("values").path("itlocked.count").asLong();
    }

    private static JsonNode approve(long unit, int year) {
        JsonNode s = Drafts.fillHints(admin, admin.post("reporting/summaries", Map.of("unitId", unit, "year", year)).expect(201).body());
        s = act(s, "submit", null).expect(200).body();
        return act(s, "approve", "同意").expect(200).body();
    }

    private static Api.Reply act(JsonNode summary, String action, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", summary.path("version").asInt());
        if (comment != null) {
            body.put("comment", comment);
        }
        // approving and returning are the superior unit's (the direct parent), everything else the admin's
        Api actor = action.equals("approve") || action.equals("return") ? tree.approverOf(summary.path("unitId").asLong()) : admin;
        return actor.post("reporting/approval/" + summary.path("id").asLong() + "/" + action, body);
    }

    @Test
    void anApprovedYearIsComputedOnceUntilItsSummaryIsReturned() {
        long street = tree.unit(tree.top(), "STREET", "锁定街道");
        long c1 = tree.unit(street, "COMMUNITY", "锁定一社区");
        long c2 = tree.unit(street, "COMMUNITY", "锁定二社区");
        COUNTED.entries.add(new Counted.Entry(c1, LocalDate.of(2023, 5, 1), 3));
        COUNTED.entries.add(new Counted.Entry(c2, LocalDate.of(2024, 5, 1), 5));
        approve(c1, 2023);
        approve(c2, 2023);
        JsonNode streetSummary = approve(street, 2023);
        COUNTED.calls.clear();

        assertEquals(3, total(street, 2023));
        assertEquals(3, total(street, 2023));
        assertEquals(1, COUNTED.callsFor(street, 2023), "the locked year is computed once");

        // records the modules would refuse (the year is locked) show that the figures come from memory
        COUNTED.entries.add(new Counted.Entry(c2, LocalDate.of(2023, 6, 1), 4));
        assertEquals(3, total(street, 2023));
        assertEquals(1, COUNTED.callsFor(street, 2023));

        act(streetSummary, "return", "请补充数据").expect(200);
        assertEquals(7, total(street, 2023), "returned: the year is open again and computed afresh");
        assertEquals(2, COUNTED.callsFor(street, 2023));
        assertEquals(7, total(street, 2023));
        assertEquals(3, COUNTED.callsFor(street, 2023), "open years are computed on every call");
    }

    @Test
    void anOpenYearIsComputedOnEveryCall() {
        long street = tree.unit(tree.top(), "STREET", "未锁街道");
        long c1 = tree.unit(street, "COMMUNITY", "未锁社区");
        COUNTED.entries.add(new Counted.Entry(c1, LocalDate.of(2022, 3, 1), 2));
        assertEquals(2, total(street, 2022));
        COUNTED.entries.add(new Counted.Entry(c1, LocalDate.of(2022, 4, 1), 1));
        assertEquals(3, total(street, 2022));
        assertEquals(2, COUNTED.callsFor(street, 2022));
    }
}
