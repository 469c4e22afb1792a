package org.wfed.core.extension;

/**
 * What an indicator's number counts. It decides how the figure adds up the tree and how a summary
 * writes it: people (人), person-times (人次), households (户) and events (场次, 次, 批次) are distinct kinds
 * of count and never stand for each other; money is yuan with fen; a rate or an average is derived from
 * rolled-up figures ({@link Derived}) and never summed.
 *
 * @since 1.2
 */
public enum Measure {
    /** Distinct people (人). */
    PEOPLE,
    /** Person-times (人次): a person taking part twice counts twice. */
    PERSON_TIMES,
    /** Households (户). */
    HOUSEHOLDS,
    /** Events held (场次, 次, 批次, 期). */
    EVENTS,
    /** Other things counted (件, 个, 篇, 条, 例, 支). */
    COUNT,
    /** Money in yuan, exact to the fen (元). Queries answer fen, as wfed stores money; the indicator answers yuan. */
    MONEY,
    /** A decimal amount summed exactly: hours (小时), materials handed out. */
    QUANTITY,
    /** A percentage derived from a numerator and a denominator ({@link Derived.Kind#PERCENT}, {@link Derived.Kind#CHANGE}). */
    RATE,
    /** A quotient derived from two rolled-up figures: a weighted average (岁) or a multiple (倍). */
    AVERAGE;

    /** Whether values add up the tree; rates and averages are derived from what does. */
    public boolean summed() {
        return this != RATE && this != AVERAGE;
    }

    /** The measure an indicator of API 1.0/1.1 means by its unit ({@code unitZh}) and whether it is a rate. */
    public static Measure of(String unitZh, boolean ratio) {
        if (ratio) {
            return RATE;
        }
        if (unitZh == null) {
            return COUNT;
        }
        return switch (unitZh) {
            case "元" -> MONEY;
            case "%" -> RATE;
            case "人", "名", "位" -> PEOPLE;
            case "人次" -> PERSON_TIMES;
            case "户" -> HOUSEHOLDS;
            case "场次", "场", "次", "批次", "期" -> EVENTS;
            case "小时" -> QUANTITY;
            default -> COUNT;
        };
    }
}
