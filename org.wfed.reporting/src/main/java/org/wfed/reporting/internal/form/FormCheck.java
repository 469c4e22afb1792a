package org.wfed.reporting.internal.form;

import java.util.Map;

/** Evaluates a form's checks over computed values: passed, failed, or not checkable when a value is missing. */
public final class FormCheck {
    private FormCheck() {
    }

    /** True or false, or null when either side has no value (its indicator is absent or failed). */
    public static Boolean evaluate(FormDefinition.Check check, Map<String, Number> values) {
        Double left = value(check.left(), values);
        Double right = check.right().matches("-?\\d+") ? Double.valueOf(check.right()) : value(check.right(), values);
        if (left == null || right == null) {
            return null;
        }
        int cmp = Double.compare(left, right);
        return switch (check.op()) {
            case ">=" -> cmp >= 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case "<" -> cmp < 0;
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            default -> throw new IllegalArgumentException(check.op());
        };
    }

    private static Double value(String id, Map<String, Number> values) {
        Number n = values.get(id);
        return n == null ? null : n.doubleValue();
    }
}
