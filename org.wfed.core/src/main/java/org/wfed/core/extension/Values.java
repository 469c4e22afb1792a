package org.wfed.core.extension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An indicator's values over a scope and period: for every unit id that has records, its figure, and for
 * an indicator with a {@link Dimension}, its figure per member. Values are exact decimals (money in yuan
 * with fen, hours, …) and are summed exactly up the tree. A unit's total is the sum of its members and of
 * what no member claims, unless {@link #setTotal(long, BigDecimal)} sets it (e.g. distinct people across
 * programmes, where a person aided by two programmes counts once in the total). Filled by one computation,
 * then only read; not for concurrent writers.
 *
 * @since 1.2
 */
public final class Values {
    private final Map<Long, Unit> units = new LinkedHashMap<>();

    /** One unit's figures. */
    private static final class Unit {
        private BigDecimal unassigned;
        private BigDecimal total;
        private final Map<String, BigDecimal> members = new LinkedHashMap<>();
    }

    /**
     * Whole numbers per unit as {@link Indicator#compute} (API 1.0) answers them: money in fen (then the
     * values become yuan), anything else as it is.
     */
    public static Values wholeNumbers(Map<Long, Long> perUnit, Measure measure) {
        Values out = new Values();
        perUnit.forEach((unit, v) -> {
            if (v != null) {
                out.add(unit, measure == Measure.MONEY ? BigDecimal.valueOf(v, 2) : BigDecimal.valueOf(v));
            }
        });
        return out;
    }

    /** Adds to the unit's figure (the part no member of a breakdown claims). */
    public Values add(long unitId, BigDecimal value) {
        Unit u = unit(unitId);
        u.unassigned = u.unassigned == null ? value : u.unassigned.add(value);
        return this;
    }

    /** Adds to one member's figure at the unit; a null member is the unit's figure without a member. */
    public Values add(long unitId, String member, BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (member == null) {
            return add(unitId, value);
        }
        unit(unitId).members.merge(member, value, BigDecimal::add);
        return this;
    }

    /** Sets the unit's total where it is not the sum of its members (distinct people over several members). */
    public Values setTotal(long unitId, BigDecimal total) {
        unit(unitId).total = Objects.requireNonNull(total, "total");
        return this;
    }

    /** The units that have a figure. */
    public Set<Long> units() {
        return Collections.unmodifiableSet(units.keySet());
    }

    /** The unit's total, or null when it has no figure. */
    public BigDecimal total(long unitId) {
        Unit u = units.get(unitId);
        if (u == null) {
            return null;
        }
        if (u.total != null) {
            return u.total;
        }
        BigDecimal sum = u.unassigned == null ? BigDecimal.ZERO : u.unassigned;
        for (BigDecimal v : u.members.values()) {
            sum = sum.add(v);
        }
        return sum;
    }

    /** The unit's figure per member (empty without a breakdown). */
    public Map<String, BigDecimal> members(long unitId) {
        Unit u = units.get(unitId);
        return u == null ? Map.of() : Collections.unmodifiableMap(u.members);
    }

    /** Every unit's total as a whole number, as API 1.0 answers it: money in fen, anything else rounded half up. */
    public Map<Long, Long> toWholeNumbers(Measure measure) {
        Map<Long, Long> out = new HashMap<>();
        for (Long unit : units.keySet()) {
            BigDecimal v = total(unit);
            if (measure == Measure.MONEY) {
                v = v.movePointRight(2);
            }
            out.put(unit, v.setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        return out;
    }

    private Unit unit(long unitId) {
        return units.computeIfAbsent(unitId, k -> new Unit());
    }

    @Override
    public String toString() {
        Map<Long, Object> shown = new LinkedHashMap<>();
        units.keySet().forEach(u -> shown.put(u, members(u).isEmpty() ? total(u) : Map.of("total", total(u), "members", members(u))));
        return shown.toString();
    }
}
