package org.wfed.core.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The value of one exported cell by its column's kind: what both writers agree on. */
final class Cells {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Cells() {
    }

    /** Fen → yuan, exactly (never through a double). */
    static BigDecimal yuan(Object fen) {
        return BigDecimal.valueOf(((Number) fen).longValue(), 2);
    }

    static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        return BigDecimal.valueOf(((Number) v).doubleValue());
    }

    /** The deployment's local time to the second. */
    static LocalDateTime local(Object v, ZoneId zone) {
        LocalDateTime t = v instanceof Instant i ? LocalDateTime.ofInstant(i, zone) : (LocalDateTime) v;
        return t.truncatedTo(ChronoUnit.SECONDS);
    }

    static LocalDate date(Object v) {
        return v instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) v;
    }

    /** A text that a spreadsheet would read as a number and lose (12+ digits, or a leading zero). */
    static boolean looksLikeLongNumber(String s) {
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return s.length() >= 12 || s.charAt(0) == '0';
    }
}
