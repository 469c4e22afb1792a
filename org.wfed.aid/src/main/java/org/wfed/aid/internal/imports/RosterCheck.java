package org.wfed.aid.internal.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wfed.aid.dto.ImportReport.RowError;
import org.wfed.core.IdNumber;
import org.wfed.core.WfedException;

/**
 * Checks every row of a roster on its own and against the others: ID check digit, known categories,
 * duplicates in the file, dates not in the future, a guardian for children under 14. Pure.
 */
public final class RosterCheck {

    /** The template's columns, in order; the first three are required. */
    public static final List<String> COLUMNS = List.of("姓名", "身份证号", "困难类别", "家庭情况", "开户银行", "银行账号",
            "认定日期", "监护人", "监护人关系", "监护人同意日期", "备注");
    private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter DOT = DateTimeFormatter.ofPattern("uuuu.M.d");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** The good rows and the errors of the bad ones. */
    public record Result(List<RosterEntry> entries, List<RowError> errors, int rows) {
    }

    private final Map<String, String> categoryCodes = new HashMap<>();
    private final LocalDate today;

    /** @param categories code → Chinese name of every known category */
    public RosterCheck(Map<String, String> categories, LocalDate today) {
        categories.forEach((code, name) -> {
            categoryCodes.put(code, code);
            categoryCodes.put(name, code);
        });
        this.today = today;
    }

    public Result check(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw RosterFile.notARoster();
        }
        Map<String, Integer> at = header(rows.get(0));
        List<RosterEntry> entries = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int count = 0;
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            count++;
            int rowNo = i + 1;
            Row r = new Row(rowNo, cells, at, errors);
            RosterEntry e = entry(r, seen);
            if (r.ok) {
                entries.add(e);
            }
        }
        return new Result(entries, errors, count);
    }

    private RosterEntry entry(Row r, Map<String, Integer> seen) {
        String name = r.text("姓名", 50, true);
        String id = null;
        String rawId = r.cell("身份证号");
        if (rawId.isEmpty()) {
            r.error("身份证号", "必填");
        } else {
            try {
                id = IdNumber.parse(rawId).value();
                Integer first = seen.putIfAbsent(id, r.number);
                if (first != null) {
                    r.error("身份证号", "与第" + first + "行的身份证号码重复");
                }
            } catch (WfedException | IllegalArgumentException ex) {
                String problem = IdNumber.problem(rawId.trim().toUpperCase());
                r.error("身份证号", "身份证号码无效：" + (problem == null ? "格式不正确" : problem));
            }
        }
        List<String> categories = categories(r);
        String account = r.cell("银行账号").replace(" ", "");
        if (!account.isEmpty() && !account.matches("[0-9]{12,30}")) {
            r.error("银行账号", "银行账号应为12–30位数字");
        }
        LocalDate recognized = r.date("认定日期");
        LocalDate consent = r.date("监护人同意日期");
        String guardian = r.text("监护人", 50, false);
        if (id != null && java.time.Period.between(IdNumber.parse(id).birthDate(), today).getYears() < 14
                && (guardian == null || consent == null)) {
            r.error("监护人", "不满14周岁的儿童须填写监护人和监护人同意日期");
        }
        return new RosterEntry(r.number, name, id, categories, r.text("家庭情况", 200, false),
                r.text("开户银行", 100, false), account.isEmpty() ? null : account, recognized, guardian,
                r.text("监护人关系", 20, false), consent, r.text("备注", 500, false));
    }

    private List<String> categories(Row r) {
        Set<String> out = new LinkedHashSet<>();
        String cell = r.cell("困难类别");
        if (cell.isEmpty()) {
            r.error("困难类别", "必填");
        }
        for (String part : cell.split("[、,，;；/\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String code = categoryCodes.get(part.trim());
            if (code == null) {
                r.error("困难类别", "未知的困难类别：" + part.trim());
            } else {
                out.add(code);
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            at.put(cells.get(i).replace("*", "").trim(), i);
        }
        for (String required : COLUMNS.subList(0, 3)) {
            if (!at.containsKey(required)) {
                throw WfedException.invalid("AID_IMPORT_BAD_HEADER", "文件第一行应为表头，缺少「" + required + "」列：请使用下载的模板",
                        "The header lacks column " + required);
            }
        }
        return at;
    }

    /** One row's cells by column name, collecting its errors. */
    private final class Row {
        final int number;
        final List<String> cells;
        final Map<String, Integer> at;
        final List<RowError> errors;
        boolean ok = true;

        Row(int number, List<String> cells, Map<String, Integer> at, List<RowError> errors) {
            this.number = number;
            this.cells = cells;
            this.at = at;
            this.errors = errors;
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

        void error(String column, String message) {
            ok = false;
            errors.add(new RowError(number, column, message));
        }
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
