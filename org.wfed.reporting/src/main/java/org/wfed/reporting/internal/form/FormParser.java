package org.wfed.reporting.internal.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a form definition from its text format, one entry a line ({@code #} starts a comment):
 * <pre>
 * id: screening
 * title: 两癌筛查情况统计表
 * columns: 宫颈癌 | 乳腺癌
 * row: 应查人数 | aid.cervicalDue | aid.breastDue
 * check: aid.cervicalDue >= aid.cervicalScreened | 实查人数不能多于应查人数
 * </pre>
 * A cell of {@code -} is empty. A cell or a check names a figure as a summary placeholder does: an
 * indicator ({@code aid.screened}, its subtree), one member of a breakdown ({@code aid.amountPaid[TWO_CANCERS_AID]}),
 * the unit's own records ({@code …@own}). Checks compare two figures, or a figure with a number, with one
 * of {@code >= <= > < == !=}.
 */
public final class FormParser {
    /** A figure's address: an indicator, optionally one member and a reach ({@code aid.amountPaid[TWO_CANCERS_AID]@own}). */
    private static final Pattern ID = org.wfed.reporting.internal.indicator.Address.SYNTAX;
    private static final Pattern CHECK = Pattern.compile("\\s*(\\S+)\\s*(>=|<=|==|!=|>|<)\\s*(\\S+)\\s*");

    private FormParser() {
    }

    public static FormDefinition parse(String text) {
        String id = null;
        String title = null;
        List<String> columns = List.of();
        List<FormDefinition.Row> rows = new ArrayList<>();
        List<FormDefinition.Check> checks = new ArrayList<>();
        int n = 0;
        for (String raw : text.split("\\R")) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("line " + n + ": expected 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "id" -> id = value;
                case "title" -> title = value;
                case "columns" -> columns = split(value);
                case "row" -> rows.add(row(n, value, columns.size()));
                case "check" -> checks.add(check(n, value));
                default -> throw new IllegalArgumentException("line " + n + ": unknown key " + key);
            }
        }
        if (id == null || title == null || columns.isEmpty()) {
            throw new IllegalArgumentException("a form needs id, title and columns");
        }
        return new FormDefinition(id, title, columns, rows, checks);
    }

    private static FormDefinition.Row row(int n, String value, int columns) {
        List<String> parts = split(value);
        if (parts.size() != columns + 1) {
            throw new IllegalArgumentException("line " + n + ": a row needs a label and " + columns + " cells");
        }
        List<String> cells = new ArrayList<>();
        for (String cell : parts.subList(1, parts.size())) {
            if (cell.equals("-")) {
                cells.add(null);
            } else if (ID.matcher(cell).matches()) {
                cells.add(cell);
            } else {
                throw new IllegalArgumentException("line " + n + ": not an indicator id: " + cell);
            }
        }
        return new FormDefinition.Row(parts.get(0), cells);
    }

    private static FormDefinition.Check check(int n, String value) {
        List<String> parts = split(value);
        Matcher m = CHECK.matcher(parts.get(0));
        if (!m.matches() || !ID.matcher(m.group(1)).matches()
                || !(ID.matcher(m.group(3)).matches() || m.group(3).matches("-?\\d+(\\.\\d+)?"))) {
            throw new IllegalArgumentException("line " + n + ": a check is 'id op id|number': " + parts.get(0));
        }
        String message = parts.size() > 1 ? parts.get(1) : m.group(1) + " " + m.group(2) + " " + m.group(3);
        return new FormDefinition.Check(m.group(1), m.group(2), m.group(3), message);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).toList();
    }
}
