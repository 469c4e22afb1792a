package org.wfed.core.extension;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;
import org.wfed.core.Period;
import org.wfed.core.Scope;

/**
 * A figure reporting can show, roll up and put into a summary (指标). An indicator answers its values per
 * unit of a scope; reporting sums them up the tree, so every figure exists for a unit's own records
 * ({@link Reach#OWN}) and for its subtree ({@link Reach#SUBTREE}). Since 1.2 values are exact decimals
 * ({@link #values}), a figure can be broken down by a {@link Dimension} (per programme, activity type…),
 * says what it counts ({@link #measure()}), and a rate or an average says how it is derived
 * ({@link #derived()}) instead of being summed.
 *
 * <p>Write one with {@link Indicators#define(String)}: one aggregate query ({@code … GROUP BY unit_id}, or
 * {@code GROUP BY unit_id, member} for a breakdown), or a shared {@link SqlPass}. An indicator of API 1.0
 * (only {@link #compute}) keeps working unchanged: its whole numbers are read as before (money in fen).
 */
@ConsumerType
public interface Indicator {
    /** Stable id, {@code <module>.<what>}, e.g. {@code elections.chairs}. */
    String id();

    String nameZh();

    String nameEn();

    /** Unit of measure in Chinese, e.g. 人, 人次, 户, 场次, 元, 小时, %. */
    String unitZh();

    /** The annual-summary section the figure belongs to; see {@link ReportSection#SECTIONS}. */
    String section();

    /** Order of display within its section. */
    default int order() {
        return 100;
    }

    /**
     * Whole-number value per unit id for every unit of the scope that has one, over the period (API 1.0):
     * counts as they are, money in fen. Ideally one aggregate query
     * {@code ... WHERE <scope condition> GROUP BY unit_id}. Ratio indicators answer an empty map. Since
     * 1.2 reporting asks {@link #values} instead, whose default reads this method.
     */
    Map<Long, Long> compute(Scope scope, Period period);

    /**
     * For a rate: the ids of the numerator and denominator indicators; reporting computes the
     * percentage from their roll-ups. Null for a plain figure. Since 1.2 {@link #derived()} says the same
     * and more (averages, changes).
     */
    default String[] ratioOf() {
        return null;
    }

    /**
     * The values per unit (and per member of the {@link #dimension()}, if any) over the scope and period:
     * exact decimals, money in yuan. Indicators computed together for one report share the {@code batch},
     * through which several of them can answer from one query ({@link SqlPass}). The default reads
     * {@link #compute} (money in fen becomes yuan); a derived indicator answers no values.
     *
     * @since 1.2
     */
    default Values values(Scope scope, Period period, Batch batch) {
        if (derived() != null) {
            return new Values();
        }
        Map<Long, Long> whole = compute(scope, period);
        return whole == null ? new Values() : Values.wholeNumbers(whole, measure());
    }

    /**
     * What the number counts: decides how it adds up and how a summary writes it. The default reads the
     * unit of measure ({@link Measure#of}): 元 is money, 人次 person-times, 户 households, 场次/次/批次 events…
     *
     * @since 1.2
     */
    default Measure measure() {
        Derived d = derived();
        return d != null ? d.measure() : Measure.of(unitZh(), false);
    }

    /**
     * How a figure that is not summed comes from two others (a rate, an average, a change), or null for a
     * figure whose values add up. The default is the percentage {@link #ratioOf()} names.
     *
     * @since 1.2
     */
    default Derived derived() {
        String[] ratio = ratioOf();
        return ratio == null ? null : Derived.percent(ratio[0], ratio[1]);
    }

    /**
     * What the figure is broken down by, or null for a figure without a breakdown. With a dimension,
     * {@link #values} answer per member code, and reports can address one member
     * ({@code {aid.amountPaid[TWO_CANCERS_AID]}}) or list the members with data.
     *
     * @since 1.2
     */
    default Dimension dimension() {
        return null;
    }

    /**
     * Whose records the summary of a unit with children states by default: the subtree's (screening, aid,
     * elections: what the units below did) or the unit's own (its publicity, its own trainings).
     *
     * @since 1.2
     */
    default Reach reach() {
        return Reach.SUBTREE;
    }

    /**
     * The smallest member figure a breakdown shows for a unit below district level (街道、乡镇、社区、村): a member
     * counted fewer times at such a unit is left out of that unit's breakdown, so that a small count of sensitive
     * cases (two cases of domestic violence in one community) cannot point at a person; the whole figure stays.
     * District and city figures show every member. 0, the default: every member is shown everywhere.
     *
     * @since 1.6
     */
    default int smallestShown() {
        return 0;
    }
}
