package org.wfed.aid.internal.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wfed.core.IdNumber;

/**
 * Checks every row of a roster on its own and against the others: ID check digit, known categories,
 * duplicates in the file, dates not in the future, a guardian for children under 14. Pure.
 */
public final class RosterCheck {

    /** The template's columns, in order; the first three are required. */
    public static final List<String> COLUMNS = List.of("姓名", "身份证号", "困难类别", "家庭情况", "开户银行", "银行账号",
            "认定日期", "监护人", "监护人关系", "监护人同意日期", "备注");

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

    public Checked<RosterEntry> check(List<List<String>> rows) {
        Map<String, Integer> seen = new HashMap<>();
        return SheetRow.check(rows, COLUMNS.subList(0, 3), today, r -> entry(r, seen));
    }

    private RosterEntry entry(SheetRow r, Map<String, Integer> seen) {
        String name = r.text("姓名", 50, true);
        String id = r.idNumber("身份证号");
        if (id != null) {
            Integer first = seen.putIfAbsent(id, r.number);
            if (first != null) {
                r.error("身份证号", "与第" + first + "行的身份证号码重复");
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

    private List<String> categories(SheetRow r) {
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
}
