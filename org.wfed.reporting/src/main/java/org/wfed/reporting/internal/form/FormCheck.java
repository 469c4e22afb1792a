package org.wfed.reporting.internal.form;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a form's checks over computed values. A check passes only when both sides have a value and the
 * comparison holds: one whose figure no present module provides, or that has no value (a rate of nothing),
 * fails and says why — a form is never checked as passed on figures that are not there.
 */
public final class FormCheck {
    private FormCheck() {
    }

    /** The outcome: passed, or failed with the reason when a side has no value. */
    public record Outcome(boolean passed, String reason) {
    }

    public static Outcome evaluate(FormDefinition.Check check, Map<String, BigDecimal> values, Set<String> absent) {
        String missing = absent.contains(check.left()) ? check.left()
                : !isNumber(check.right()) && absent.contains(check.right()) ? check.right() : null;
        if (missing != null) {
            return new Outcome(false, "无法校验：没有模块提供指标 " + missing);
        }
        BigDecimal left = values.get(check.left());
        BigDecimal right = isNumber(check.right()) ? new BigDecimal(check.right()) : values.get(check.right());
        if (left == null || right == null) {
            return new Outcome(false, "无法校验：" + (left == null ? check.left() : check.right()) + " 没有数值（无数据可计算）");
        }
        int cmp = left.compareTo(right);
        boolean passed = switch (check.op()) {
            case ">=" -> cmp >= 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case "<" -> cmp < 0;
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            default -> throw new IllegalArgumentException(check.op());
        };
        return new Outcome(passed, null);
    }

    static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }
}
