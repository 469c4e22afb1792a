package org.wfed.reporting.internal.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wfed.core.extension.Indicator;

/**
 * The computed figures of one scope: for every plain indicator its values rolled up into the root's
 * children and its total; rates are derived from their numerator's and denominator's roll-ups.
 * Indicators whose computation failed have no values (shown as empty, never as 0).
 */
public final class Figures {
    private final List<Indicator> indicators;
    private final Map<String, Map<Long, Long>> byChild;
    private final Map<String, Long> totals;

    Figures(List<Indicator> indicators, Map<String, Map<Long, Long>> byChild, Map<String, Long> totals) {
        this.indicators = List.copyOf(indicators);
        this.byChild = byChild;
        this.totals = totals;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    /** The total of a plain indicator over the subtree, or null when it is absent or failed. */
    public Long total(String id) {
        return totals.get(id);
    }

    /** The plain indicator's roll-up into one child of the root (or the root's own records), 0 if none. */
    public Long ofChild(String id, long child) {
        Map<Long, Long> values = byChild.get(id);
        return values == null ? null : values.getOrDefault(child, 0L);
    }

    /** Total value of any indicator: a whole number, or a rate in percent (null when undefined). */
    public Number value(Indicator indicator) {
        if (indicator.ratioOf() == null) {
            return total(indicator.id());
        }
        return rate(total(indicator.ratioOf()[0]), total(indicator.ratioOf()[1]));
    }

    /** Value of any indicator for one child of the root. */
    public Number value(Indicator indicator, long child) {
        // no conditional expression here: Long : Double would unbox and turn a missing rate into a NullPointerException
        if (indicator.ratioOf() == null) {
            return ofChild(indicator.id(), child);
        }
        return rate(ofChild(indicator.ratioOf()[0], child), ofChild(indicator.ratioOf()[1], child));
    }

    /** Every indicator's total by id, in indicator order. */
    public Map<String, Number> totals() {
        Map<String, Number> out = new LinkedHashMap<>();
        indicators.forEach(i -> out.put(i.id(), value(i)));
        return out;
    }

    public Map<String, Number> ofChild(long child) {
        Map<String, Number> out = new LinkedHashMap<>();
        indicators.forEach(i -> out.put(i.id(), value(i, child)));
        return out;
    }

    /** Percent with one decimal, or null when a part is missing or the denominator is 0. */
    public static Double rate(Long numerator, Long denominator) {
        if (numerator == null || denominator == null || denominator == 0) {
            return null;
        }
        return Math.round(numerator * 1000.0 / denominator) / 10.0;
    }
}
