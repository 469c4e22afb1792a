package org.wfed.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a subtree is put into SQL: by its ids, or by path when it is large and unchanged. */
class ScopeTest {
    private static final Period YEAR = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static Map<Long, Long> units(int n) {
        Map<Long, Long> childOf = new HashMap<>();
        for (long id = 1; id <= n; id++) {
            childOf.put(id, id == 1 ? 1L : 2L);
        }
        return childOf;
    }

    @Test
    void aSmallSubtreeIsListedEvenWhenUnchanged() {
        Scope s = new Scope(1, YEAR, units(3), List.of(2L), "/1/");
        assertEquals("t.unit_id IN (?, ?, ?)", s.unitCondition("t.unit_id"));
        assertEquals(3, s.unitIdParams().length);
    }

    @Test
    void aLargeSubtreeThatChangedIsListed() {
        Scope s = new Scope(1, YEAR, units(Scope.LISTED_UNITS_AT_MOST + 1), List.of(2L));
        assertEquals(Scope.LISTED_UNITS_AT_MOST + 1, s.unitIdParams().length);
    }

    @Test
    void aLargeUnchangedSubtreeIsSelectedByPath() {
        Scope s = new Scope(5, YEAR, units(Scope.LISTED_UNITS_AT_MOST + 1), List.of(2L), "/1/5/");
        assertEquals("t.unit_id IN (SELECT su.id FROM core_unit su WHERE su.path LIKE ?)", s.unitCondition("t.unit_id"));
        assertArrayEquals(new Object[] {"/1/5/%"}, s.unitIdParams());
    }
}
