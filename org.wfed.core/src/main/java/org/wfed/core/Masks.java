package org.wfed.core;

/** Masks for sensitive values; see {@link Sensitive}. */
public final class Masks {
    private Masks() {
    }

    public static String mask(Sensitive.Kind kind, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (kind) {
            case ID_NUMBER -> keep(value, 6, 4);
            case BANK_ACCOUNT -> keep(value, 4, 4);
            case PHONE -> keep(value, 3, 4);
            case HEALTH -> "***";
            case CHILD_NAME -> value.charAt(0) + "*".repeat(Math.max(1, value.length() - 1));
        };
    }

    /** Keeps the first {@code head} and last {@code tail} characters, stars in between. */
    static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
