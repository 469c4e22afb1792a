package org.wfed.reporting.internal.summary;

import java.math.BigDecimal;
import org.wfed.core.extension.Measure;

/**
 * How a figure reads in Chinese prose, as the genre writes it: counts as they are (1455), decimals without
 * trailing zeros (320.5), rates as percentages (52.3%), money in yuan (5400元, 5000.5元) and, from 100,000
 * yuan on, in 万元 where that stays exact to the yuan's hundred (23.5万元; 123,456 yuan stays 123456元).
 * Nothing here ever answers "—" or "null": a figure that is not applicable has no text (null) and the
 * sentence holding it is left out of the summary.
 */
public final class FigureFormat {
    /** What a kept sentence shows (staff asked for the sentences without data) where a figure has no value. */
    public static final String NO_DATA = "（无数据）";
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal WAN_FROM = BigDecimal.valueOf(100_000);

    private FigureFormat() {
    }

    /** The number as prose writes it, without its unit (money: with 万 where used; rates: with %); null for none. */
    public static String number(Measure measure, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (measure == Measure.RATE) {
            return plain(value) + "%";
        }
        if (measure == Measure.MONEY && value.abs().compareTo(WAN_FROM) >= 0
                && value.remainder(BigDecimal.valueOf(100)).signum() == 0) {
            return plain(value.divide(WAN)) + "万";
        }
        return plain(value);
    }

    /** The number with its unit, as a list or a chip shows it: 84户, 5000.5元, 23.5万元, 52.3%. */
    public static String withUnit(Measure measure, String unitZh, BigDecimal value) {
        String n = number(measure, value);
        if (n == null) {
            return null;
        }
        return measure == Measure.RATE || unitZh == null || unitZh.equals("%") ? n : n + unitZh;
    }

    /** A decimal without trailing zeros and never in exponent notation. */
    public static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
