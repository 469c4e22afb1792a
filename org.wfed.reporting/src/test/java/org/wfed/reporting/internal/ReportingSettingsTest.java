package org.wfed.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportingSettingsTest {

    private static ReportingSettings settings(Map<String, ?> config, Map<String, String> env) {
        return new ReportingSettings(null, config, env::get);
    }

    @Test
    void warmUpIsOnByDefault() {
        ReportingSettings.Value<Boolean> v = settings(Map.of(), Map.of()).bool("warmUp", "reportingWarmUp", true);
        assertEquals(true, v.value());
        assertEquals("default", v.source());
        assertNull(v.ignored());
    }

    @Test
    void environmentVariableSwitchesItOff() {
        ReportingSettings.Value<Boolean> v = settings(Map.of(), Map.of("WFED_REPORTING_WARM_UP", "false"))
                .bool("warmUp", "reportingWarmUp", true);
        assertEquals(false, v.value());
        assertEquals("WFED_REPORTING_WARM_UP", v.source());
    }

    @Test
    void configAdminWinsOverTheEnvironment() {
        ReportingSettings.Value<Boolean> v = settings(Map.of("warmUp", Boolean.TRUE), Map.of("WFED_REPORTING_WARM_UP", "off"))
                .bool("warmUp", "reportingWarmUp", true);
        assertEquals(true, v.value());
        assertEquals("ConfigAdmin org.wfed.reporting/warmUp", v.source());
    }

    @Test
    void blankConfigurationFallsThrough() {
        ReportingSettings.Value<Boolean> v = settings(Map.of("warmUp", " "), Map.of("WFED_REPORTING_WARM_UP", "0"))
                .bool("warmUp", "reportingWarmUp", true);
        assertEquals(false, v.value());
    }

    @Test
    void valueNotUnderstoodIsReportedAndTheNextSourceUsed() {
        ReportingSettings.Value<Boolean> v = settings(Map.of("warmUp", "vielleicht"), Map.of())
                .bool("warmUp", "reportingWarmUp", true);
        assertEquals(true, v.value());
        assertEquals("default", v.source());
        assertEquals("ConfigAdmin org.wfed.reporting/warmUp=vielleicht", v.ignored());
    }

    @Test
    void delayMustBeWholeSecondsWithinTheLimit() {
        assertEquals(0, settings(Map.of("warmUpDelay", 0), Map.of()).number("warmUpDelay", "reportingWarmUpDelay", 3, 3600).value());
        assertEquals(3, settings(Map.of("warmUpDelay", "-1"), Map.of()).number("warmUpDelay", "reportingWarmUpDelay", 3, 3600).value());
        assertEquals(3, settings(Map.of(), Map.of("WFED_REPORTING_WARM_UP_DELAY", "1.5"))
                .number("warmUpDelay", "reportingWarmUpDelay", 3, 3600).value());
        assertEquals(20, settings(Map.of(), Map.of("WFED_REPORTING_WARM_UP_DELAY", "20"))
                .number("warmUpDelay", "reportingWarmUpDelay", 3, 3600).value());
    }

    @Test
    void settingsNotUnderstoodAreListedTogether() {
        ReportingSettings s = settings(Map.of("warmUp", "vielleicht"), Map.of("WFED_REPORTING_WARM_UP_DELAY", "soon"));
        ReportingSettings.Value<Boolean> on = s.bool("warmUp", "reportingWarmUp", true);
        ReportingSettings.Value<Integer> delay = s.number("warmUpDelay", "reportingWarmUpDelay", 3, 3600);
        assertEquals("ConfigAdmin org.wfed.reporting/warmUp=vielleicht, WFED_REPORTING_WARM_UP_DELAY=soon",
                ReportingSettings.ignored(on, delay));
        assertNull(ReportingSettings.ignored(settings(Map.of(), Map.of()).bool("warmUp", "reportingWarmUp", true)));
    }
}
