package org.wfed.aid.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Lists of codes stored as one column wrapped in commas (",A,B,") so that LIKE '%,A,%' finds them. */
public final class Codes {
    private Codes() {
    }

    public static String join(List<?> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(",");
        for (Object v : values) {
            b.append(v instanceof Enum<?> e ? e.name() : v.toString().trim()).append(',');
        }
        return b.toString();
    }

    public static List<String> split(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static <T> List<T> split(String column, Function<String, T> parse) {
        return split(column).stream().map(parse).toList();
    }
}
