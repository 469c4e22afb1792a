package org.wfed.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one order of a setting's sources: configuration, then wfed.<name>, then WFED_<NAME>; blanks skipped. */
class SettingSourcesTest {

    @Test
    void configurationComesBeforeThePropertyAndThePropertyBeforeTheEnvironment() {
        String name = "settingSourcesTestDelay";
        System.setProperty("wfed." + name, " 7 ");
        try {
            List<SettingSources.Source> all = SettingSources.of(null, "ConfigAdmin x/delay", 5, name,
                    Map.of("WFED_SETTING_SOURCES_TEST_DELAY", "9")::get);
            assertEquals(List.of(new SettingSources.Source("ConfigAdmin x/delay", "5"),
                    new SettingSources.Source("wfed." + name, "7"),
                    new SettingSources.Source("WFED_SETTING_SOURCES_TEST_DELAY", "9")), all);
        } finally {
            System.clearProperty("wfed." + name);
        }
    }

    @Test
    void blankOrMissingSourcesAreLeftOut() {
        List<SettingSources.Source> only = SettingSources.of(null, "configured", " ", "settingSourcesTestOther",
                Map.of("WFED_SETTING_SOURCES_TEST_OTHER", "on")::get);
        assertEquals(List.of(new SettingSources.Source("WFED_SETTING_SOURCES_TEST_OTHER", "on")), only);
        assertEquals(List.of(), SettingSources.of(null, "configured", null, "settingSourcesTestNone", n -> null));
    }

    @Test
    void namesBecomeEnvironmentVariables() {
        assertEquals("WFED_REPORTING_WARM_UP_DELAY", SettingSources.environmentName("reportingWarmUpDelay"));
        assertEquals("WFED_PASSWORD_ITERATIONS", SettingSources.environmentName("passwordIterations"));
    }
}
