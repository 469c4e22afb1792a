package org.wfed.core;

import java.time.LocalDate;

/**
 * Masks for sensitive values; see {@link Sensitive}. The rule for people (docs/security.md): without
 * the reveal right a caller sees the ID number's 6-digit area code only ({@code 420102************})
 * and the birth year, never the day, so that nothing she is shown — masked number, birth year or
 * age, sex, unit, on any endpoint or export — narrows the number to fewer than 182,500 candidates
 * (365 birthdays × 500 sequence numbers of her sex; the check character follows from the rest).
 */
public final class Masks {
    /** Characters of an ID number shown unmasked: the area code (行政区划代码), which the unit tells anyway. */
    public static final int ID_NUMBER_SHOWN = 6;

    private Masks() {
    }

    public static String mask(Sensitive.Kind kind, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (kind) {
            case ID_NUMBER -> keep(value, ID_NUMBER_SHOWN, 0);
            case BANK_ACCOUNT -> keep(value, 4, 4);
            case PHONE -> keep(value, 3, 4);
            case HEALTH -> "***";
            case CHILD_NAME -> value.charAt(0) + "*".repeat(Math.max(1, value.length() - 1));
            case BIRTH_DATE -> value.length() >= 4 ? value.substring(0, 4) + "-**-**" : "****";
        };
    }

    /** The birth year, the part of a birth date shown without the reveal right; null when unknown. */
    public static Integer birthYear(LocalDate birthDate) {
        return birthDate == null ? null : birthDate.getYear();
    }

    /**
     * The age shown without the reveal right: the years a person reaches in the year of {@code on}
     * (that year minus her birth year; -1 when unknown). It changes for everyone on 1 January, so
     * unlike her exact age on a day it tells nothing about her birthday. Rules (eligibility at 18, the
     * screening ages) use the exact age; only what is shown uses this one.
     */
    public static int age(LocalDate birthDate, LocalDate on) {
        return birthDate == null ? -1 : on.getYear() - birthDate.getYear();
    }

    /** Keeps the first {@code head} and last {@code tail} characters, stars in between. */
    static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
