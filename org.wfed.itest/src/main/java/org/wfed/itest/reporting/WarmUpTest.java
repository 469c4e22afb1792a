package org.wfed.itest.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;
import org.wfed.itest.Api;

/**
 * The roll-up is warmed in the background after start (the top unit's table of the current year with
 * the year before), reported at {@code /api/reporting/warm-up}, and the setting (PID org.wfed.reporting)
 * switches it off.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarmUpTest {
    private static final String PID = "org.wfed.reporting";
    private static final String WARM_UP_THREAD = "wfed-reporting-warm-up";
    private static final TestIndicators PLUGIN = new TestIndicators();
    private static final Probe PROBE = new Probe();
    private static Api admin;
    private static long top;

    /** An indicator that notes the scopes the warm-up's thread computes it for. */
    static final class Probe implements Indicator {
        record Call(long root, Period period) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();

        @Override public String id() { return "itwarm.probe"; }
        @Override public String nameZh() { return "预热探针"; }
        @Override public String nameEn() { return "Warm-up probe"; }
        @Override public String unitZh() { return "次"; }
        @Override public String section() { return "outreach"; }

        @Override
        public Map<Long, Long> compute(Scope scope, Period period) {
            if (WARM_UP_THREAD.equals(Thread.currentThread().getName())) {
                calls.add(new Call(scope.root(), period));
            }
            return Map.of();
        }
    }

    @BeforeAll
    static void setUp() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        top = admin.unitId();
        PLUGIN.indicator(PROBE);
    }

    @AfterAll
    static void tearDown() throws IOException {
        PLUGIN.unregisterAll();
        configuration().delete();
    }

    private static Configuration configuration() throws IOException {
        return Api.service(ConfigurationAdmin.class).getConfiguration(PID, "?");
    }

    private static void configure(Map<String, String> properties) throws IOException {
        Dictionary<String, Object> d = new Hashtable<>(properties);
        configuration().update(d);
    }

    /** The warm-up status once it satisfies the condition (the component restarts after a configuration change). */
    private static JsonNode awaitStatus(Predicate<JsonNode> condition) {
        long until = System.currentTimeMillis() + 90_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < until) {
            Api.Reply r = admin.get("reporting/warm-up");
            if (r.status() == 200) {
                last = r.body();
                if (condition.test(last)) {
                    return last;
                }
            }
            Api.sleep(200);
        }
        throw new AssertionError("warm-up status never matched; last: " + last);
    }

    private static boolean finished(JsonNode s) {
        return List.of("DONE", "FAILED", "OFF").contains(s.path("state").asText());
    }

    @Test
    @Order(1)
    void isOnByDefaultAndWarmsTheTopUnitAfterStart() {
        JsonNode s = awaitStatus(WarmUpTest::finished);
        assertTrue(s.path("enabled").asBoolean(), s.toString());
        assertEquals("default", s.path("source").asText());
        assertEquals("DONE", s.path("state").asText(), s.toString());
        JsonNode units = s.path("units");
        assertEquals(top, units.get(units.size() - 1).asLong(), "the top unit comes last: " + s);
        assertEquals(units.size(), s.path("tables").asInt());
        assertEquals(LocalDate.now().getYear(), s.path("year").asInt());
        assertTrue(s.path("millis").asLong() >= 0);
    }

    @Test
    @Order(2)
    void runsAgainWhenConfiguredComputingTheYearAndTheYearBefore() throws IOException {
        PROBE.calls.clear();
        configure(Map.of("warmUp", "true", "warmUpDelay", "0"));
        JsonNode s = awaitStatus(x -> x.path("delaySeconds").asInt() == 0 && finished(x));
        assertEquals("DONE", s.path("state").asText(), s.toString());
        assertEquals("ConfigAdmin org.wfed.reporting/warmUp", s.path("source").asText());
        int year = LocalDate.now().getYear();
        assertTrue(PROBE.calls.contains(new Probe.Call(top, Period.year(year))), PROBE.calls.toString());
        assertTrue(PROBE.calls.contains(new Probe.Call(top, Period.year(year - 1))), PROBE.calls.toString());
        assertTrue(s.path("indicators").asInt() >= 1);
    }

    @Test
    @Order(3)
    void settingSwitchesItOff() throws IOException {
        configure(Map.of("warmUp", "false", "warmUpDelay", "0"));
        JsonNode s = awaitStatus(x -> !x.path("enabled").asBoolean());
        assertEquals("OFF", s.path("state").asText());
        assertEquals("ConfigAdmin org.wfed.reporting/warmUp", s.path("source").asText());
        PROBE.calls.clear();
        Api.sleep(2_500);
        assertEquals(List.of(), PROBE.calls, "nothing computed while off");
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> WARM_UP_THREAD.equals(t.getName())),
                "no warm-up thread while off");
    }

    @Test
    @Order(4)
    void settingNotUnderstoodLeavesItOnAndSaysSo() throws IOException {
        configure(Map.of("warmUp", "vielleicht", "warmUpDelay", "0"));
        JsonNode s = awaitStatus(x -> x.path("error").asText().contains("vielleicht") && finished(x));
        assertTrue(s.path("enabled").asBoolean());
        assertEquals("DONE", s.path("state").asText());
    }

    @Test
    @Order(5)
    void onlySystemAdminsSeeIt() {
        Api staff = admin.createUser(top, "STAFF");
        Api.Reply r = staff.get("reporting/warm-up");
        assertEquals(403, r.status());
    }
}
