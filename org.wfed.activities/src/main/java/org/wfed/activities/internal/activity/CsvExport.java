package org.wfed.activities.internal.activity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wfed.activities.dto.Activity;

/**
 * Activities as CSV for Excel: UTF-8 with a byte-order mark (so that Excel shows Chinese), RFC 4180 quoting, and
 * cells starting with = + - @ prefixed by an apostrophe so that a spreadsheet never runs them as formulas.
 */
final class CsvExport {
    private static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    static byte[] write(List<Activity> rows) {
        StringBuilder b = new StringBuilder(BOM);
        line(b, ActivityColumns.ALL.stream().map(ActivityColumns.Column::header).map(h -> (Object) h).toList());
        for (Activity a : rows) {
            line(b, ActivityColumns.ALL.stream().map(col -> col.cell().apply(a)).toList());
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (v instanceof String && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
