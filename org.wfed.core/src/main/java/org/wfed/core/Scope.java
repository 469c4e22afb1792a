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
 * @param currentPath the root's path today when the subtree as it stood in the period is exactly the units
 *     below it today (nothing moved, merged or was created since), else null; lets a large subtree be
 *     selected by path instead of by a list of ids
 */
public record Scope(long root, Period period, Map<Long, Long> childOf, List<Long> children, String currentPath) {
    /**
     * Subtrees of more units than this are selected by path where they can be: Derby handles an IN list
     * of a district's few hundred ids well, but one of a city's thousands makes every indicator query crawl.
     */
    public static final int LISTED_UNITS_AT_MOST = 400;

    public Scope {
        childOf = Map.copyOf(childOf);
        children = List.copyOf(children);
    }

    /** A subtree always selected by its list of unit ids. */
    public Scope(long root, Period period, Map<Long, Long> childOf, List<Long> children) {
        this(root, period, childOf, children, null);
    }

    /** Every unit id in the subtree, root included. */
    public Set<Long> unitIds() {
        return childOf.keySet();
    }

    public boolean contains(long unitId) {
        return childOf.containsKey(unitId);
    }

    /**
     * An SQL condition over the subtree, to be bound with {@link #unitIdParams()}: {@code column IN (?, ?, …)},
     * or for a large subtree unchanged since the period {@code column IN (SELECT … WHERE path LIKE ?)}, which
     * Derby answers unit by unit through an index that begins with the unit. (In a join of several tables
     * Derby may evaluate that subquery row by row; a small table is then better read whole and filtered
     * with {@link #contains(long)}.)
     */
    public String unitCondition(String column) {
        return byPath() ? column + " IN (SELECT su.id FROM core_unit su WHERE su.path LIKE ?)"
                : column + " IN (" + Jdbc.placeholders(childOf.size()) + ")";
    }

    /** The parameters of {@link #unitCondition(String)}: the unit ids, or the path pattern. */
    public Object[] unitIdParams() {
        return byPath() ? new Object[] {currentPath + "%"} : childOf.keySet().toArray();
    }

    private boolean byPath() {
        return currentPath != null && childOf.size() > LISTED_UNITS_AT_MOST;
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
