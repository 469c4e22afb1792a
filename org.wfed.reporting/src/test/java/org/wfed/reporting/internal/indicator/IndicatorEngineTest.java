package org.wfed.reporting.internal.indicator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndicatorEngineTest {

    @Test
    void helpersJoinOnlyWhileACoreIsIdle() {
        assertTrue(IndicatorEngine.idleCore(0.4, 2));
        assertTrue(IndicatorEngine.idleCore(1.9, 2));
        assertFalse(IndicatorEngine.idleCore(2.0, 2), "two busy cores: no core for a helper");
        assertFalse(IndicatorEngine.idleCore(9.7, 2));
    }

    @Test
    void anUnknownLoadCountsAsIdle() {
        assertTrue(IndicatorEngine.idleCore(-1, 2));
    }
}
