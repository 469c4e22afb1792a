package org.wfed.reporting.internal.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.Reach;

/**
 * The computed figures of one scope: every plain indicator's values summed exactly into the root's
 * children (the root's own records under the root's id) and in all, per member of its breakdown too;
 * derived figures (rates, averages, changes) are computed afresh at each place from their numerator's
 * and denominator's values there, never summed. Indicators whose computation failed have no values
 * (null, never 0).
 */
public final class Figures {
    private final long root;
    private final List<Indicator> indicators;
    private final Map<String, Indicator> byId = new LinkedHashMap<>();
    private final Map<String, Rolled> rolled;

    Figures(long root, List<Indicator> indicators, Map<String, Rolled> rolled) {
        this.root = root;
        this.indicators = List.copyOf(indicators);
        this.indicators.forEach(i -> byId.putIfAbsent(i.id(), i));
        this.rolled = Map.copyOf(rolled);
    }

    public long root() {
        return root;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Indicator indicator(String id) {
        return byId.get(id);
    }

    /**
     * The value of an indicator for one member (null: the whole figure) at one child of the root (the root's
     * id: its own records; null: the whole subtree). Null when the indicator is absent or failed, or a derived
     * figure is undefined there (nothing to divide by).
     */
    public BigDecimal value(String id, String member, Long child) {
        Indicator i = byId.get(id);
        if (i == null) {
            return null;
        }
        Derived d = i.derived();
        if (d == null) {
            Rolled r = rolled.get(id);
            return r == null ? null : r.value(member, child);
        }
        BigDecimal numerator = value(d.numerator(), member, child);
        BigDecimal denominator = value(d.denominator(), hasMembers(d.denominator()) ? member : null, child);
        return derive(d, numerator, denominator);
    }

    /** The value at a reach: the root's own records or its subtree. */
    public BigDecimal value(String id, String member, Reach reach) {
        return value(id, member, reach == Reach.OWN ? Long.valueOf(root) : null);
    }

    /**
     * The members with a non-zero value at the child (null: the subtree; the root's id: its own records),
     * in the dimension's order ({@code known}), then any others by code.
     */
    public List<String> membersWithData(String id, Long child, List<Member> known) {
        Indicator i = byId.get(id);
        Rolled r = i == null ? null : rolled.get(i.derived() == null ? id : i.derived().numerator());
        if (r == null) {
            return List.of();
        }
        Set<String> codes = new TreeSet<>(r.memberCodes());
        List<String> out = new ArrayList<>();
        for (Member m : known) {
            if (codes.remove(m.code()) && nonZero(value(id, m.code(), child))) {
                out.add(m.code());
            }
        }
        for (String code : codes) {
            if (nonZero(value(id, code, child))) {
                out.add(code);
            }
        }
        return out;
    }

    /** Every member code with a value in the subtree (derived figures: their numerator's). */
    public Set<String> memberCodes(String id) {
        Indicator i = byId.get(id);
        Rolled r = i == null ? null : rolled.get(i.derived() == null ? id : i.derived().numerator());
        return r == null ? Set.of() : r.memberCodes();
    }

    /** A row of a table: every indicator's value at the child (null: the subtree), and each listed member's. */
    public Map<String, Number> row(Long child, Map<String, List<String>> membersShown) {
        Map<String, Number> out = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            out.put(i.id(), value(i.id(), null, child));
            for (String m : membersShown.getOrDefault(i.id(), List.of())) {
                out.put(Address.key(i.id(), m), value(i.id(), m, child));
            }
        }
        return out;
    }

    private boolean hasMembers(String id) {
        Indicator i = byId.get(id);
        if (i != null && i.derived() != null) {
            // a derived figure over derived ones (a change of averages) has the members of what it is derived from
            return hasMembers(i.derived().numerator());
        }
        Rolled r = rolled.get(id);
        return r != null && !r.memberCodes().isEmpty();
    }

    private static boolean nonZero(BigDecimal v) {
        return v != null && v.signum() != 0;
    }

    /** A derived figure from its parts: null where a part is missing or the denominator is 0. */
    public static BigDecimal derive(Derived d, BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return switch (d.kind()) {
            case PERCENT -> numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, d.decimals(), RoundingMode.HALF_UP);
            case AVERAGE -> numerator.divide(denominator, d.decimals(), RoundingMode.HALF_UP);
            case CHANGE -> numerator.subtract(denominator).multiply(BigDecimal.valueOf(100))
                    .divide(denominator, d.decimals(), RoundingMode.HALF_UP);
            case DIFFERENCE -> numerator.subtract(denominator).setScale(d.decimals(), RoundingMode.HALF_UP);
        };
    }
}
