package org.wfed.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's subtree over a period, as the tree stood then: every unit that existed during the
 * period below the root (at its last position in the period), and for each the root's direct child
 * it rolls up into. Indicators compute one value per unit id; reporting folds them up with
 * {@link #childOf}.
 *
 * @param root the unit at the top
 * @param period the period the tree is taken for
 * @param childOf for every unit of the subtree, the root's direct child it lies under (the root maps to itself)
 * @param children the root's direct children during the period, in display order
 */
public record Scope(long root, Period period, Map<Long, Long> childOf, List<Long> children) {

    public Scope {
        childOf = Map.copyOf(childOf);
        children = List.copyOf(children);
    }

    /** Every unit id in the subtree, root included. */
    public Set<Long> unitIds() {
        return childOf.keySet();
    }

    public boolean contains(long unitId) {
        return childOf.containsKey(unitId);
    }

    /**
     * An SQL condition {@code column IN (?, ?, …)} over the subtree, to be bound with {@link #unitIdParams()}.
     */
    public String unitCondition(String column) {
        return column + " IN (" + Jdbc.placeholders(childOf.size()) + ")";
    }

    public Object[] unitIdParams() {
        return childOf.keySet().toArray();
    }

    /** Sums per-unit values into the root's children (and the root itself for its own records). */
    public Map<Long, Long> rollUp(Map<Long, Long> perUnit) {
        Map<Long, Long> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<Long, Long> e : perUnit.entrySet()) {
            Long child = childOf.get(e.getKey());
            if (child != null) {
                out.merge(child, e.getValue(), Long::sum);
            }
        }
        return out;
    }

    /** Total over the whole subtree. */
    public long total(Map<Long, Long> perUnit) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : perUnit.entrySet()) {
            if (childOf.containsKey(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    /** Concatenates parameter arrays, e.g. the scope's ids then a date range. */
    public static Object[] params(Object[] first, Object... rest) {
        Object[] out = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, out, first.length, rest.length);
        return out;
    }

    public static Object[] params(Collection<?> first, Object... rest) {
        return params(first.toArray(), rest);
    }
}
