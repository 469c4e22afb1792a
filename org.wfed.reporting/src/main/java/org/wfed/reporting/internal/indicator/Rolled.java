package org.wfed.reporting.internal.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.wfed.core.Scope;
import org.wfed.core.extension.Values;

/**
 * One plain indicator's values over a scope, summed exactly into the root's direct children (and the root
 * itself, for its own records): per child and in all, and the same per member of its breakdown.
 */
public record Rolled(Map<Long, BigDecimal> byChild, BigDecimal total, Map<String, Map<Long, BigDecimal>> members,
                     Map<String, BigDecimal> memberTotals) {

    public Rolled {
        byChild = Map.copyOf(byChild);
        Map<String, Map<Long, BigDecimal>> copy = new HashMap<>();
        members.forEach((m, v) -> copy.put(m, Map.copyOf(v)));
        members = Map.copyOf(copy);
        memberTotals = Map.copyOf(memberTotals);
    }

    /** Sums the values per unit of the scope into its root's children; units outside the scope are left out. */
    public static Rolled of(Scope scope, Values values) {
        Map<Long, BigDecimal> byChild = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        Map<String, Map<Long, BigDecimal>> members = new HashMap<>();
        Map<String, BigDecimal> memberTotals = new HashMap<>();
        for (Long unit : values.units()) {
            Long child = scope.childOf().get(unit);
            if (child == null) {
                continue;
            }
            BigDecimal v = values.total(unit);
            byChild.merge(child, v, BigDecimal::add);
            total = total.add(v);
            values.members(unit).forEach((m, mv) -> {
                members.computeIfAbsent(m, k -> new HashMap<>()).merge(child, mv, BigDecimal::add);
                memberTotals.merge(m, mv, BigDecimal::add);
            });
        }
        return new Rolled(byChild, total, members, memberTotals);
    }

    /**
     * The same figures without the breakdown's small counts where they could point at a person: a member's value
     * below {@code smallest} (and above 0) for a child unit below district level is left out, and so is a member
     * whose subtree total is below it when the root itself is below district level. The whole figures stay.
     *
     * @param belowDistrict whether a unit id is a street, town, community, village or grassroots organisation
     */
    public Rolled hidingFew(int smallest, long root, java.util.function.LongPredicate belowDistrict) {
        if (smallest <= 0 || members.isEmpty()) {
            return this;
        }
        BigDecimal floor = BigDecimal.valueOf(smallest);
        java.util.function.Predicate<BigDecimal> few = v -> v.signum() > 0 && v.compareTo(floor) < 0;
        boolean rootBelow = belowDistrict.test(root);
        Map<String, Map<Long, BigDecimal>> shown = new HashMap<>();
        Map<String, BigDecimal> shownTotals = new HashMap<>();
        memberTotals.forEach((m, total) -> {
            if (rootBelow && few.test(total)) {
                return;
            }
            shownTotals.put(m, total);
            Map<Long, BigDecimal> cells = new HashMap<>();
            members.getOrDefault(m, Map.of()).forEach((child, v) -> {
                if (!(few.test(v) && belowDistrict.test(child))) {
                    cells.put(child, v);
                }
            });
            shown.put(m, cells);
        });
        return new Rolled(byChild, total, shown, shownTotals);
    }

    /** The value of one member (null: the whole figure) for one child (null: the subtree); 0 where there is none. */
    public BigDecimal value(String member, Long child) {
        if (member == null) {
            return child == null ? total : byChild.getOrDefault(child, BigDecimal.ZERO);
        }
        if (child == null) {
            return memberTotals.getOrDefault(member, BigDecimal.ZERO);
        }
        Map<Long, BigDecimal> of = members.get(member);
        return of == null ? BigDecimal.ZERO : of.getOrDefault(child, BigDecimal.ZERO);
    }

    /** The members with a value anywhere in the subtree. */
    public java.util.Set<String> memberCodes() {
        return memberTotals.keySet();
    }
}
