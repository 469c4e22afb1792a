package org.wfed.core.extension;

import java.util.Objects;

/**
 * How a figure that must not be summed comes from two other indicators' rolled-up values: at every
 * level (a child unit, the subtree, one member of a breakdown) it is computed afresh from the numerator's
 * and the denominator's values there, never added up from the levels below. Undefined (not applicable)
 * where the denominator is zero or either figure is missing.
 *
 * @param kind the formula
 * @param numerator the id of the indicator above the line
 * @param denominator the id of the indicator below the line
 * @param decimals decimal places of the result (rounded half up)
 * @since 1.2
 */
public record Derived(Kind kind, String numerator, String denominator, int decimals) {

    /** The formula of a derived figure. */
    public enum Kind {
        /** numerator ÷ denominator × 100: a rate in percent (筛查率, 进两委比例). */
        PERCENT,
        /** numerator ÷ denominator: a weighted average when the numerator is a sum and the denominator a count
         * (平均年龄 = sum of ages ÷ chairs), or a multiple (提高3倍 = after ÷ before). */
        AVERAGE,
        /** (numerator − denominator) ÷ denominator × 100: the change from the denominator to the numerator in
         * percent, negative for a fall (平均年龄由51岁降到35岁, 下降31%). */
        CHANGE,
        /** numerator − denominator: the difference in the figures' own unit (较上届下降16岁, 增加6人).
         * @since 1.3 */
        DIFFERENCE
    }

    public Derived {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0–6: " + decimals);
        }
    }

    /** A rate in percent with one decimal. */
    public static Derived percent(String numerator, String denominator) {
        return new Derived(Kind.PERCENT, numerator, denominator, 1);
    }

    /** A quotient (weighted average, multiple) with one decimal. */
    public static Derived average(String numerator, String denominator) {
        return new Derived(Kind.AVERAGE, numerator, denominator, 1);
    }

    /** The change from the denominator to the numerator in percent, with one decimal. */
    public static Derived change(String numerator, String denominator) {
        return new Derived(Kind.CHANGE, numerator, denominator, 1);
    }

    /**
     * The difference of the numerator from the denominator, with one decimal, in the unit of both (an average age
     * after less the one before: -16 years; chairs with college education after less before: 6).
     *
     * @since 1.3
     */
    public static Derived difference(String numerator, String denominator) {
        return new Derived(Kind.DIFFERENCE, numerator, denominator, 1);
    }

    /** The measure of the result: a rate for percentages, an average for quotients and differences (never summed). */
    public Measure measure() {
        return kind == Kind.AVERAGE || kind == Kind.DIFFERENCE ? Measure.AVERAGE : Measure.RATE;
    }
}
