package org.wfed.core.internal.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartProgressTest {
    private static final long SETTLE = 60_000;

    @Test
    void aSlowStartThatKeepsMovingIsAwaitedPastTheSettleTime() {
        StartProgress p = new StartProgress(SETTLE, 0);
        // a loaded machine: a bundle every 20 s, 100 s in all (the settle time counted from the start gave up at 60 s)
        assertFalse(p.settled(List.of("bundle a", "bundle b", "bundle c", "bundle d"), 1_000));
        assertFalse(p.settled(List.of("bundle b", "bundle c", "bundle d"), 21_000));
        assertFalse(p.settled(List.of("bundle c", "bundle d"), 41_000));
        assertFalse(p.settled(List.of("bundle d"), 61_000));
        assertFalse(p.settled(List.of("bundle d (STARTING)"), 81_000));
        assertFalse(p.settled(List.of("bundle d (STARTING)"), 141_000));
    }

    @Test
    void aStuckStartIsGivenUpOnOnceNothingChangedForTheSettleTime() {
        StartProgress p = new StartProgress(SETTLE, 0);
        List<String> stuck = List.of("component org.wfed.aid.Module needs DataSource");
        assertFalse(p.settled(stuck, 5_000));
        assertFalse(p.settled(stuck, 65_000));
        assertTrue(p.settled(stuck, 65_001));
        assertTrue(p.settled(List.copyOf(stuck), 90_000), "the same list again is no progress");
    }
}
