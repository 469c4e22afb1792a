package org.wfed.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoveOrderTest {

    @Test
    void everyTableComesAfterTheTablesItReferences() {
        Map<String, Set<String>> refs = Map.of(
                "aid_application", Set.of("aid_programme", "core_person", "core_unit"),
                "aid_programme", Set.of("core_unit"),
                "core_person", Set.of("core_unit"),
                "core_unit", Set.of("core_unit"));
        List<String> order = MoveOrder.tables(List.of("aid_application", "core_person", "core_unit", "aid_programme", "core_setting"), refs);
        assertEquals(List.of("core_setting", "core_unit", "aid_programme", "core_person", "aid_application"), order);
    }

    @Test
    void tablesThatReferenceEachOtherAreRefused() {
        Map<String, Set<String>> refs = Map.of("a", Set.of("b"), "b", Set.of("a"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MoveOrder.tables(List.of("a", "b", "c"), refs));
        assertEquals("the foreign keys of these tables form a cycle: [a, b]", e.getMessage());
    }

    @Test
    void aUnitMovedUnderALaterUnitStillComesAfterItsParent() {
        // id, parent_id: unit 2 was moved under unit 5, created after it
        List<Object[]> rows = List.of(new Object[] {1L, null}, new Object[] {2L, 5L}, new Object[] {3L, 2L}, new Object[] {5L, 1L});
        List<Object> ids = new ArrayList<>();
        MoveOrder.parentsFirst(rows, 0, 1).forEach(r -> ids.add(r[0]));
        assertEquals(List.of(1L, 5L, 2L, 3L), ids);
    }

    @Test
    void rowsThatReferenceEachOtherAreRefused() {
        List<Object[]> rows = List.of(new Object[] {1L, 2L}, new Object[] {2L, 1L}, new Object[] {3L, null});
        assertThrows(IllegalStateException.class, () -> MoveOrder.parentsFirst(rows, 0, 1));
    }

    @Test
    void aTablesChecksumIgnoresRowOrderButNotAValue() {
        Object[] a = {1L, new BigDecimal("1234.50"), LocalDateTime.parse("2026-03-01T08:30:00.123456"), "王芳"};
        Object[] b = {2L, null, null, "李娜"};
        MoveRows.Sum one = new MoveRows.Sum();
        one.add(a);
        one.add(b);
        MoveRows.Sum other = new MoveRows.Sum();
        other.add(b);
        other.add(a);
        assertEquals(one.value(), other.value());
        MoveRows.Sum changed = new MoveRows.Sum();
        changed.add(new Object[] {1L, new BigDecimal("1234.5"), a[2], a[3]});
        changed.add(b);
        assertNotEquals(one.value(), changed.value(), "a decimal's scale is part of its value");
    }
}
