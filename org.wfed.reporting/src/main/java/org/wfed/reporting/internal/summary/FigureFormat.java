package org.wfed.reporting.internal.summary;

import java.math.BigDecimal;

/**
 * How a figure reads in Chinese prose: whole numbers as they are, money (unit 元, values in fen) in
 * yuan without trailing zeros, rates as percentages; a figure that could not be computed as "—".
 */
public final class FigureFormat {
    public static final String NONE = "—";

    private FigureFormat() {
    }

    public static String amount(Long amount, String unitZh) {
        if (amount == null) {
            return NONE;
        }
        if ("元".equals(unitZh)) {
            return BigDecimal.valueOf(amount, 2).stripTrailingZeros().toPlainString();
        }
        return Long.toString(amount);
    }

    public static String rate(Double percent) {
        if (percent == null) {
            return NONE;
        }
        return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + "%";
    }
}
