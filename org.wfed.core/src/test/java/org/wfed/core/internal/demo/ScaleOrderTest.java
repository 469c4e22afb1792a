package org.wfed.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What WFED_GENERATE, WFED_GENERATE_YEARS and WFED_GENERATE_PEOPLE accept. */
class ScaleOrderTest {

    @Test
    void scalesNameTheirDistricts() {
        assertEquals(1, new ScaleGenerator.Order("district", 42, 1, 200_000).districts());
        assertEquals(10, new ScaleGenerator.Order("city", 42, 3, 200_000).districts());
        assertEquals(25, new ScaleGenerator.Order("province", 42, 1, 200_000).districts());
        assertEquals(4, new ScaleGenerator.Order("4districts", 42, 5, 3_000).districts());
    }

    @Test
    void nonsenseIsRefusedWithTheSettingsName() {
        assertEquals("WFED_GENERATE must be district, city, province or <n>districts, not town",
                assertThrows(IllegalArgumentException.class, () -> new ScaleGenerator.Order("town", 42, 1, 200_000)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScaleGenerator.Order("district", 42, 0, 200_000));
        assertThrows(IllegalArgumentException.class, () -> new ScaleGenerator.Order("district", 42, 6, 200_000));
        assertThrows(IllegalArgumentException.class, () -> new ScaleGenerator.Order("district", 42, 1, 299));
        // ID numbers stay unique up to five million people
        assertThrows(IllegalArgumentException.class, () -> new ScaleGenerator.Order("city", 42, 1, 600_000));
        assertThrows(IllegalArgumentException.class, () -> new ScaleGenerator.Order("province", 42, 1, 200_001));
    }
}
