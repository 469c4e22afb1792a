package org.wfed.core.extension;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How prose writes a signed figure — a change in percent, a difference — the way the genre does: the word of its
 * direction, then its absolute value (同比下降31.4%, 较上届增加6人), never a minus sign. A summary placeholder asks
 * for it after a bar, rise word first: {@code {elections.averageAgeChange[CHAIR]|提高/下降}} reads 下降31.4% for
 * −31.4 and 提高12% for 12; a zero reads 0 (and, stating no change, its clause is left out of a draft as every
 * zero is).
 *
 * @param rise the word before a positive figure (提高, 增加, 上升)
 * @param fall the word before a negative figure (下降, 减少, 降低)
 * @since 1.3
 */
public record Direction(String rise, String fall) {
    /** Two words of letters (Chinese or Latin) separated by a slash. */
    private static final Pattern RULE = Pattern.compile("\\s*([\\p{IsHan}\\p{L}]{1,6})\\s*/\\s*([\\p{IsHan}\\p{L}]{1,6})\\s*");

    public Direction {
        Objects.requireNonNull(rise, "rise");
        Objects.requireNonNull(fall, "fall");
    }

    /** The rule as a placeholder writes it after its bar ({@code 提高/下降}), or null when the text is not one. */
    public static Direction parse(String rule) {
        if (rule == null) {
            return null;
        }
        Matcher m = RULE.matcher(rule);
        return m.matches() ? new Direction(m.group(1), m.group(2)) : null;
    }

    /**
     * The figure as prose writes it: {@code number} (the value formatted, with its sign and unit as usual) after the
     * word of the value's direction and without its minus sign; null when there is no figure.
     */
    public String write(BigDecimal value, String number) {
        if (value == null || number == null) {
            return null;
        }
        String magnitude = number.startsWith("-") ? number.substring(1) : number;
        return value.signum() > 0 ? rise + magnitude : value.signum() < 0 ? fall + magnitude : magnitude;
    }

    @Override
    public String toString() {
        return rise + "/" + fall;
    }
}
