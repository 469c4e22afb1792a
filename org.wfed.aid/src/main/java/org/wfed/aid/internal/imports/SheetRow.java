package org.wfed.aid.internal.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wfed.aid.dto.ImportReport.RowError;
import org.wfed.core.IdNumber;
import org.wfed.core.WfedException;

/**
 * One data row of an import file by column name, collecting its errors: the cell access every row kind
 * (花名册, 筛查结果) shares — required text, dates not in the future, ID numbers with their check digit.
 */
final class SheetRow {
    private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter DOT = DateTimeFormatter.ofPattern("uuuu.M.d");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** The row number as the spreadsheet shows it (the header is row 1). */
    final int number;
    private final List<String> cells;
    private final Map<String, Integer> at;
    private final List<RowError> errors;
    private final LocalDate today;
    private boolean ok = true;

    SheetRow(int number, List<String> cells, Map<String, Integer> at, List<RowError> errors, LocalDate today) {
        this.number = number;
        this.cells = cells;
        this.at = at;
        this.errors = errors;
        this.today = today;
    }

    /** Column name → index from the header row ("*" marks of required columns ignored); 400 when a required one lacks. */
    static Map<String, Integer> header(List<String> cells, List<String> required) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            at.put(cells.get(i).replace("*", "").trim(), i);
        }
        for (String column : required) {
            if (!at.containsKey(column)) {
                throw WfedException.invalid("AID_IMPORT_BAD_HEADER", "文件第一行应为表头，缺少「" + column + "」列：请使用下载的模板",
                        "The header lacks column " + column);
            }
        }
        return at;
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(s -> s == null || s.isBlank());
    }

    /**
     * Every data row of a file (blank rows skipped) through {@code entry}: the rows without an error become
     * entries, the others' errors are collected. The first row is the header and must hold the required columns.
     */
    static <T> Checked<T> check(List<List<String>> rows, List<String> required, LocalDate today,
                                java.util.function.Function<SheetRow, T> entry) {
        if (rows.isEmpty()) {
            throw ImportFile.unreadable();
        }
        Map<String, Integer> at = header(rows.get(0), required);
        List<T> entries = new java.util.ArrayList<>();
        List<RowError> errors = new java.util.ArrayList<>();
        int count = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (blank(rows.get(i))) {
                continue;
            }
            count++;
            SheetRow r = new SheetRow(i + 1, rows.get(i), at, errors, today);
            T e = entry.apply(r);
            if (r.ok()) {
                entries.add(e);
            }
        }
        return new Checked<>(entries, errors, count);
    }

    boolean ok() {
        return ok;
    }

    String cell(String column) {
        Integer i = at.get(column);
        return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).trim();
    }

    String text(String column, int max, boolean required) {
        String v = cell(column);
        if (v.isEmpty()) {
            if (required) {
                error(column, "必填");
            }
            return null;
        }
        if (v.length() > max) {
            error(column, "不能超过" + max + "个字符");
        }
        return v;
    }

    LocalDate date(String column) {
        String v = cell(column);
        if (v.isEmpty()) {
            return null;
        }
        LocalDate d = parseDate(v);
        if (d == null) {
            error(column, "日期格式不正确（应为2024-03-01）");
        } else if (d.isAfter(today)) {
            error(column, "日期不能晚于今天");
        }
        return d;
    }

    /** The 18-digit ID number of the column, or null with the reason (e.g. 校验位错误) as the row's error. */
    String idNumber(String column) {
        String raw = cell(column);
        if (raw.isEmpty()) {
            error(column, "必填");
            return null;
        }
        try {
            return IdNumber.parse(raw).value();
        } catch (WfedException | IllegalArgumentException ex) {
            String problem = IdNumber.problem(raw.toUpperCase());
            error(column, "身份证号码无效：" + (problem == null ? "格式不正确" : problem));
            return null;
        }
    }

    void error(String column, String message) {
        ok = false;
        errors.add(new RowError(number, column, message));
    }

    /** 2024-03-01, 2024/3/1, 2024.3.1, 20240301, or an Excel serial day number. */
    static LocalDate parseDate(String v) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASH, DOT, COMPACT)) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        if (v.matches("[0-9]{1,5}(\\.0+)?")) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(v.replaceAll("\\..*", "")));
        }
        return null;
    }
}
