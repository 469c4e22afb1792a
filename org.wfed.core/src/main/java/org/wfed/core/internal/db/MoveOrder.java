package org.wfed.core.internal.db;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which a move from Derby inserts ({@link DerbyMove}): tables after the tables they reference, and in a
 * table that references itself (a unit's parent) every row after the row it references, so that each foreign key
 * holds at every insert.
 */
final class MoveOrder {
    private MoveOrder() {
    }

    /**
     * Every table after the tables it references (references to itself do not count), alphabetically among equals so
     * that the order is the same on every run. A cycle between tables cannot be inserted in any order: refused.
     *
     * @param references per table, the other tables its foreign keys name
     */
    static List<String> tables(Collection<String> tables, Map<String, Set<String>> references) {
        Map<String, Set<String>> waitingFor = new TreeMap<>();
        for (String t : tables) {
            Set<String> refs = new TreeSet<>(references.getOrDefault(t, Set.of()));
            refs.remove(t);
            refs.retainAll(tables);
            waitingFor.put(t, refs);
        }
        List<String> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (out.size() < waitingFor.size()) {
            String next = null;
            for (Map.Entry<String, Set<String>> e : waitingFor.entrySet()) {
                if (!done.contains(e.getKey()) && done.containsAll(e.getValue())) {
                    next = e.getKey();
                    break;
                }
            }
            if (next == null) {
                Set<String> left = new TreeSet<>(waitingFor.keySet());
                left.removeAll(done);
                throw new IllegalStateException("the foreign keys of these tables form a cycle: " + left);
            }
            done.add(next);
            out.add(next);
        }
        return out;
    }

    /**
     * The rows of a table that references itself, each after the row its reference names ({@code ref} null or a key
     * of no row of the table comes first), otherwise in their given order. A cycle of rows is refused.
     *
     * @param key the column index of the referenced key (the id)
     * @param ref the column index of the reference (the parent)
     */
    static List<Object[]> parentsFirst(List<Object[]> rows, int key, int ref) {
        Map<Object, List<Object[]>> children = new HashMap<>();
        Set<Object> keys = new HashSet<>();
        for (Object[] r : rows) {
            keys.add(r[key]);
        }
        Deque<Object[]> ready = new ArrayDeque<>();
        for (Object[] r : rows) {
            Object parent = r[ref];
            if (parent == null || !keys.contains(parent) || Objects.equals(parent, r[key])) {
                ready.add(r);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
            }
        }
        List<Object[]> out = new ArrayList<>(rows.size());
        while (!ready.isEmpty()) {
            Object[] r = ready.poll();
            out.add(r);
            List<Object[]> mine = children.remove(r[key]);
            if (mine != null) {
                ready.addAll(mine);
            }
        }
        if (out.size() != rows.size()) {
            throw new IllegalStateException((rows.size() - out.size()) + " rows reference each other in a cycle");
        }
        return out;
    }
}
