package org.wfed.core.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wfed.core.IdNumber;
import org.wfed.core.Validation;

/**
 * Reads one cell by its column's type: the value, or a {@link Problem} saying in Chinese what is wrong. Never
 * "corrects" a value: a number that lost digits is refused, not rounded back.
 */
final class Values {
    /** Why a cell is refused. */
    record Problem(String message) {
    }

    /** The message of an ID number that a spreadsheet stored as a number (the wording, kept exact). */
    static final String ID_AS_NUMBER = "身份证号码列被存成了数字，末几位已丢失；请把该列设为'文本'后重新填写";

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[T ]?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?");
    private static final Pattern SPLIT = Pattern.compile("[、,，;；/|\\s]+");
    /** Excel's day 0 (its 1900 system counts 1900-02-29, which never was; serials after it line up with this). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private Values() {
    }

    static Object read(ImportColumn col, String raw, CellKind kind, LocalDate today, boolean truncatedColumn) {
        return switch (col.type()) {
            case TEXT -> text(col, raw, kind);
            case ID_NUMBER -> idNumber(raw, kind, truncatedColumn);
            case DATE -> date(col, raw, kind, today);
            case CODE -> code(col, raw, kind);
            case CODES -> codes(col, raw);
            case DIGITS -> digits(col, raw, kind, truncatedColumn);
            case PHONE -> phone(raw, kind);
            case INTEGER -> integer(col, raw, kind);
        };
    }

    /** Whether a cell holds nothing (after every kind of space is trimmed). */
    static boolean empty(String raw) {
        return Text.trim(raw).isEmpty();
    }

    private static Object text(ImportColumn col, String raw, CellKind kind) {
        String v = kind == CellKind.NUMBER ? plainNumber(raw) : Text.plain(raw);
        if (col.max() > 0 && v.length() > col.max()) {
            return new Problem("不能超过" + col.max() + "个字符");
        }
        return v;
    }

    private static Object idNumber(String raw, CellKind kind, boolean truncatedColumn) {
        String v = Text.compact(raw).toUpperCase(java.util.Locale.ROOT);
        if (kind == CellKind.NUMBER || looksNumeric(v) || truncatedColumn && truncated(v)) {
            return new Problem(ID_AS_NUMBER);
        }
        try {
            return IdNumber.parse(v).value();
        } catch (RuntimeException e) {
            String problem = IdNumber.problem(v);
            return new Problem("身份证号码无效：" + (problem == null ? "格式不正确" : problem)
                    + (v.length() == 18 || v.length() == 15 ? "" : "（读到" + v.length() + "位）"));
        }
    }

    private static Object date(ImportColumn col, String raw, CellKind kind, LocalDate today) {
        String v = Text.compact(raw);
        LocalDate d;
        try {
            d = kind == CellKind.NUMBER ? serial(v) : day(v);
        } catch (DateTimeException e) {
            return new Problem("日期不存在：" + v);
        }
        if (d == null) {
            return new Problem("日期格式不正确：" + v + "（可写2024-03-01、2024/3/1或2024年3月1日）");
        }
        if (d.isBefore(Validation.EARLIEST) || d.isAfter(Validation.LATEST)) {
            return new Problem(Validation.DATE_RANGE_MESSAGE + "：" + v);
        }
        if (col.notAfterToday() && today != null && d.isAfter(today)) {
            return new Problem("日期不能晚于今天");
        }
        return d;
    }

    /** 2024-03-01, 2024-3-1, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301 (and a time after it); null if none. */
    static LocalDate day(String v) {
        Matcher m = YMD.matcher(v);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = COMPACT.matcher(v);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return null;
    }

    /** A number cell in a date column: 20240301 typed as a number, or a day count Excel shows as a date. */
    private static LocalDate serial(String v) {
        if (!NUMERIC.matcher(v).matches()) {
            return day(v);
        }
        BigDecimal n = new BigDecimal(v);
        if (n.signum() <= 0) {
            return null;
        }
        // a date-time cell carries the time as the fraction of the day
        long whole = n.longValue();
        if (whole >= 1_000_01_01L && whole <= 9_999_12_31L) {
            return day(String.valueOf(whole));
        }
        // 1 → 1900-01-01 … 2958465 → 9999-12-31; a plausible span only, so that a stray number is not a date
        return whole >= 1 && whole <= 2_958_465 ? EPOCH.plusDays(whole < 61 ? whole + 1 : whole) : null;
    }

    private static Object code(ImportColumn col, String raw, CellKind kind) {
        String v = kind == CellKind.NUMBER ? plainNumber(raw) : raw;
        String code = col.codes().resolve(v);
        return code != null ? code : unknown(col, Text.trim(v));
    }

    private static Object codes(ImportColumn col, String raw) {
        Set<String> out = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String part : SPLIT.split(Text.trim(raw))) {
            if (part.isBlank()) {
                continue;
            }
            String code = col.codes().resolve(part);
            if (code == null) {
                bad.add(part);
            } else {
                out.add(code);
            }
        }
        if (!bad.isEmpty()) {
            return unknown(col, String.join("、", bad));
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    private static Problem unknown(ImportColumn col, String v) {
        return new Problem("未知的" + col.header() + "：" + v + "（可填：" + col.codes().accepted() + "）");
    }

    private static Object digits(ImportColumn col, String raw, CellKind kind, boolean truncatedColumn) {
        String v = Text.compact(raw).replace("-", "");
        if (kind == CellKind.NUMBER || looksNumeric(v)) {
            // a number keeps 15 significant digits: an exponent, or more digits than that, means some are lost
            String plain = plainNumber(v);
            if (v.indexOf('E') >= 0 || v.indexOf('e') >= 0 || plain.length() > 15 || plain.indexOf('.') >= 0) {
                return new Problem(asNumber(col));
            }
            v = plain;
        }
        if (truncatedColumn && truncated(v)) {
            return new Problem(asNumber(col));
        }
        if (!v.chars().allMatch(Character::isDigit)) {
            return new Problem(col.header() + "应为数字");
        }
        if (v.length() < col.min() || col.max() > 0 && v.length() > col.max()) {
            return new Problem(col.header() + "应为" + (col.min() == col.max() ? String.valueOf(col.min())
                    : col.min() + "–" + col.max()) + "位数字");
        }
        return v;
    }

    static String asNumber(ImportColumn col) {
        return col.type() == ColumnType.ID_NUMBER ? ID_AS_NUMBER
                : col.header() + "列被存成了数字，末几位已丢失；请把该列设为'文本'后重新填写";
    }

    private static Object phone(String raw, CellKind kind) {
        String v = kind == CellKind.NUMBER ? plainNumber(raw) : Text.compact(raw);
        String digits = v.replaceAll("^\\+", "").replace("-", "").replace("(", "").replace(")", "");
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() < 7 || digits.length() > 20) {
            return new Problem("电话号码格式不正确：" + v);
        }
        return v;
    }

    private static Object integer(ImportColumn col, String raw, CellKind kind) {
        String v = Text.compact(raw);
        BigDecimal n;
        try {
            n = new BigDecimal(v);
        } catch (NumberFormatException e) {
            return new Problem("应为整数：" + v);
        }
        if (n.stripTrailingZeros().scale() > 0) {
            return new Problem("应为整数：" + v);
        }
        long x = n.longValue();
        if (x < col.min() || x > col.max()) {
            return new Problem("应在" + col.min() + "–" + col.max() + "之间");
        }
        return x;
    }

    /** 1.0E+3 → 1000; 12.50 → 12.5; text that is no number stays as it is. */
    static String plainNumber(String raw) {
        String v = Text.compact(raw);
        try {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** Text that is a number written by a spreadsheet: an exponent or a decimal point among digits. */
    static boolean looksNumeric(String v) {
        return (v.indexOf('.') >= 0 || v.indexOf('E') >= 0 || v.indexOf('e') >= 0) && NUMERIC.matcher(v).matches();
    }

    /**
     * Whether a digit string looks like a number a spreadsheet cut to 15 significant digits: more than 15 digits,
     * all zeros after the 15th ({@code 330106197407120000}).
     */
    static boolean truncated(String v) {
        if (v.length() <= 15 || !v.chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (int i = 15; i < v.length(); i++) {
            if (v.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
