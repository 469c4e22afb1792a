package org.wfed.itest.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.Reach;
import org.wfed.core.extension.Values;
import org.wfed.itest.Api;

/**
 * Indicators written against API 1.2 by a plugin: decimals summed exactly up the tree, a breakdown whose members
 * the data defines at runtime, averages derived from rolled-up figures, the unit's own records and its subtree,
 * and figures of one report sharing one pass — in the table, the indicator list and the summary.
 */
class BreakdownTest {
    private static final TestIndicators PLUGIN = new TestIndicators();
    private static final List<Member> TYPES = new CopyOnWriteArrayList<>(List.of(new Member("SONG", "红歌传唱", "Songs"),
            new Member("READING", "红色阅读", "Reading")));
    /** A dated record: unit, day, member, amount. */
    private record Entry(long unit, LocalDate day, String member, BigDecimal amount) {
    }

    private static final List<Entry> HOURS = new CopyOnWriteArrayList<>();
    private static final List<Entry> EVENTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger PASSES = new AtomicInteger();
    private static Api admin;
    private static TestTree tree;
    private static long street;
    private static long c1;
    private static long c2;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        tree = new TestTree(admin);
        street = tree.unit(tree.top(), "STREET", "分项街道");
        c1 = tree.unit(street, "COMMUNITY", "分项一社区");
        c2 = tree.unit(street, "COMMUNITY", "分项二社区");
        HOURS.addAll(List.of(entry(c1, "2025-03-01", null, "1.5"), entry(c2, "2025-04-01", null, "2.25"),
                entry(street, "2025-05-01", null, "0.1")));
        EVENTS.addAll(List.of(entry(c1, "2025-03-01", "SONG", "15"), entry(c2, "2025-03-02", "READING", "8"),
                entry(street, "2025-06-01", "SONG", "2")));
        Dimension types = new Dimension() {
            @Override public String id() { return "itbreak.type"; }
            @Override public String nameZh() { return "活动类型"; }
            @Override public String nameEn() { return "Type"; }
            @Override public List<Member> members() { return List.copyOf(TYPES); }
        };
        PLUGIN.indicator(Indicators.define("itbreak.hours").names("志愿服务时长", "Hours").unit("小时").section("employment")
                .computed((scope, period, batch) -> sum(HOURS, scope, period)));
        Indicators.Computation events = (scope, period, batch) -> batch.shared(List.of("itbreak.pass", scope, period), () -> {
            if (scope.root() == street) {
                // the street's own table only: a background warm-up computing another scope meanwhile is not this report
                PASSES.incrementAndGet();
            }
            return sum(EVENTS, scope, period);
        });
        PLUGIN.indicator(Indicators.define("itbreak.events").names("红色教育活动", "Events").unit("场次").section("outreach")
                .by(types).computed(events));
        PLUGIN.indicator(Indicators.define("itbreak.eventsOwn").names("本级组织的活动", "Own events").unit("场次").section("outreach")
                .reach(Reach.OWN).computed(events));
        PLUGIN.indicator(Indicators.define("itbreak.perCommunity").names("每个社区平均活动", "Events per unit").unit("场次")
                .section("outreach").derived(Derived.average("itbreak.events", "itbreak.units")));
        PLUGIN.indicator(Indicators.define("itbreak.units").names("开展活动的单位", "Units").unit("个").section("outreach")
                .computed((scope, period, batch) -> {
                    Values v = new Values();
                    sum(EVENTS, scope, period).units().forEach(u -> v.add(u, BigDecimal.ONE));
                    return v;
                }));
        PLUGIN.section(new TestIndicators.Section("itbreak.outreach", "outreach", "红色教育",
                List.of("开展{itbreak.events[*]}等红色教育活动{itbreak.events}场次，其中{itbreak.events[*#]}；"
                        + "开展红歌传唱{itbreak.events[SONG]}场次，红色阅读{itbreak.events[READING]}场次。",
                        "街道本级组织活动{itbreak.eventsOwn}场次。")));
    }

    @AfterAll
    static void tearDown() {
        PLUGIN.unregisterAll();
    }

    private static Entry entry(long unit, String day, String member, String amount) {
        return new Entry(unit, LocalDate.parse(day), member, new BigDecimal(amount));
    }

    private static Values sum(List<Entry> entries, org.wfed.core.Scope scope, org.wfed.core.Period period) {
        Values v = new Values();
        for (Entry e : entries) {
            if (scope.contains(e.unit()) && period.contains(e.day())) {
                v.add(e.unit(), e.member(), e.amount());
            }
        }
        return v;
    }

    private static JsonNode table() {
        return admin.get("reporting/table?unitId=" + street + "&year=2025").expect(200).body();
    }

    @Test
    void decimalsAreSummedExactlyUpTheTree() {
        JsonNode t = table();
        assertEquals(new BigDecimal("3.85"), t.path("total").path("values").path("itbreak.hours").decimalValue());
        assertEquals(new BigDecimal("2.25"), IndicatorRollUpTest.rows(t).get(c2).path("values").path("itbreak.hours").decimalValue());
    }

    @Test
    void aBreakdownAnswersPerMemberAndAMemberDefinedAtRuntimeShowsWithoutARestart() {
        JsonNode t = table();
        JsonNode total = t.path("total").path("values");
        assertEquals(25, total.path("itbreak.events").asInt());
        assertEquals(17, total.path("itbreak.events[SONG]").asInt());
        assertEquals(8, total.path("itbreak.events[READING]").asInt());
        assertEquals(2, IndicatorRollUpTest.rows(t).get(street).path("values").path("itbreak.events[SONG]").asInt(), "the street's own");
        JsonNode info = IndicatorRollUpTest.find(t.path("indicators"), "itbreak.events");
        assertEquals("itbreak.type", info.path("dimension").path("id").asText());
        assertEquals("EVENTS", info.path("measure").asText());

        TYPES.add(new Member("TOUR", "红色打卡", "Tours"));
        EVENTS.add(entry(c1, "2025-07-01", "TOUR", "23"));
        EVENTS.add(entry(c1, "2025-07-02", "LECTURE", "1"));
        JsonNode after = table();
        assertEquals(23, after.path("total").path("values").path("itbreak.events[TOUR]").asInt());
        assertEquals(1, after.path("total").path("values").path("itbreak.events[LECTURE]").asInt(), "a code no member lists shows under itself");
        String members = IndicatorRollUpTest.find(admin.get("reporting/indicators").expect(200).body(), "itbreak.events")
                .path("dimension").path("members").toString();
        assertTrue(members.contains("红色打卡"), members);
        EVENTS.removeIf(e -> e.member().equals("TOUR") || e.member().equals("LECTURE"));
        TYPES.removeIf(m -> m.code().equals("TOUR"));
    }

    @Test
    void anAverageIsDerivedFromTheRolledUpFiguresNotAveraged() {
        JsonNode total = table().path("total").path("values");
        // 25 events over 3 units with events (street, c1, c2)
        assertEquals(new BigDecimal("8.3"), total.path("itbreak.perCommunity").decimalValue());
        assertTrue(IndicatorRollUpTest.find(table().path("indicators"), "itbreak.perCommunity").path("ratio").asBoolean());
    }

    @Test
    void figuresOfOneReportShareOnePass() {
        int before = PASSES.get();
        admin.get("reporting/table?unitId=" + street + "&year=2025&compare=false").expect(200);
        assertEquals(before + 1, PASSES.get(), "itbreak.events and itbreak.eventsOwn read one pass");
    }

    @Test
    void theSummaryNamesWhatRanStatesMembersAndTheUnitsOwnRecords() {
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", street, "year", 2025)).expect(201).body();
        JsonNode outreach = SummaryDraftTest.section(s, "outreach");
        String text = "";
        for (JsonNode p : outreach.path("paragraphs")) {
            if (p.path("source").asText().equals("itbreak.outreach")) {
                text += p.path("text").asText() + "|" + p.path("sentences").get(p.path("sentences").size() - 1).path("reach").asText() + "|";
            }
        }
        assertEquals("开展红歌传唱、红色阅读等红色教育活动25场次，其中红歌传唱17场次、红色阅读8场次；开展红歌传唱17场次，红色阅读8场次。|SUBTREE|"
                + "街道本级组织活动2场次。|OWN|", text);
        assertFalse(Drafts.text(s).contains("{"), Drafts.text(s));
    }
}
