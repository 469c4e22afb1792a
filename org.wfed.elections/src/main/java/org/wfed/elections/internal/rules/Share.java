package org.wfed.elections.internal.rules;

/**
 * A share of a base count a rule requires, e.g. "more than half" (过半数, 1/2 strict) or
 * "at least two thirds" (三分之二以上, 2/3 not strict). Arithmetic is exact: no rounding.
 *
 * @param numerator e.g. 1
 * @param denominator e.g. 2
 * @param strict true for "more than" (超过), false for "at least" (不少于)
 */
public record Share(int numerator, int denominator, boolean strict) {

    public static final Share MORE_THAN_HALF = new Share(1, 2, true);
    public static final Share TWO_THIRDS = new Share(2, 3, false);

    public Share {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("share must be a fraction in (0, 1]: " + numerator + "/" + denominator);
        }
    }

    /** Parses "1/2", ">1/2" or ">=2/3"; a bare fraction means "more than". */
    public static Share parse(String text) {
        String t = text.trim();
        boolean strict = true;
        if (t.startsWith(">=")) {
            strict = false;
            t = t.substring(2);
        } else if (t.startsWith(">")) {
            t = t.substring(1);
        }
        String[] parts = t.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a fraction: " + text);
        }
        return new Share(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), strict);
    }

    /** Whether {@code count} reaches this share of {@code base}. */
    public boolean reachedBy(long count, long base) {
        long lhs = count * denominator;
        long rhs = (long) numerator * base;
        return strict ? lhs > rhs : lhs >= rhs;
    }

    /** The smallest count that reaches the share of {@code base}. */
    public long minimumOf(long base) {
        long exact = (long) numerator * base;
        long q = exact / denominator;
        if (strict) {
            return q + 1;
        }
        return exact % denominator == 0 ? q : q + 1;
    }

    /** Compact form, inverse of {@link #parse}: ">1/2", ">=2/3". */
    public String text() {
        return (strict ? ">" : ">=") + numerator + "/" + denominator;
    }

    /** 超过半数 / 不少于三分之二 … */
    public String zh() {
        String frac = numerator == 1 && denominator == 2 ? "半数"
                : numerator == denominator ? "全部" : chinese(denominator) + "分之" + chinese(numerator);
        return (strict ? "超过" : "不少于") + frac;
    }

    private static String chinese(int n) {
        String digits = "零一二三四五六七八九十";
        return n <= 10 ? String.valueOf(digits.charAt(n)) : String.valueOf(n);
    }
}
