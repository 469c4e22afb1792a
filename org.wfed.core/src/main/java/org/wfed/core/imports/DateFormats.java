package org.wfed.core.imports;

import java.util.Set;

/** Whether a number cell's format shows it as a date (Excel's built-in date formats, or a custom y/m/d pattern). */
final class DateFormats {
    /** Built-in date and date-time format ids, including the CJK ones (27–36, 50–58) Excel and WPS use in China. */
    private static final Set<Integer> BUILT_IN = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
            45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    private DateFormats() {
    }

    static boolean isDate(Integer id, String format) {
        if (format != null && !format.isBlank()) {
            return isDatePattern(format);
        }
        return id != null && BUILT_IN.contains(id);
    }

    /** y, m (not in a time), d or 年月日 outside quotes and [colour]/[$-…] sections. */
    static boolean isDatePattern(String format) {
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        if (f.equalsIgnoreCase("General") || f.equals("@")) {
            return false;
        }
        String lower = f.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("y") || lower.contains("d") || f.contains("年") || f.contains("月") || f.contains("日");
    }
}
