package org.wfed.core.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a sheet's header is: the row among the first {@link #SEARCH} whose cells name the most columns of the
 * layout (by header or synonym), title rows and merged titles above it skipped; or two rows joined, when a merged
 * group header (银行信息) stands above the columns it groups (开户银行, 银行账号). For each file column it gives
 * the layout column it holds, or -1 (ignored).
 */
final class HeaderMatch {
    /** How many rows from the top are searched for the header. */
    static final int SEARCH = 20;

    /** The header found: its first row (0-based index into the rows), how many rows it spans, the mapping. */
    record Found(int row, int height, int[] columnOf, List<String> fileHeaders, int matched, int requiredMatched) {
        /** Index of the first data row. */
        int dataStart() {
            return row + height;
        }
    }

    private final ImportLayout layout;
    private final Map<String, Integer> names = new HashMap<>();

    HeaderMatch(ImportLayout layout) {
        this.layout = layout;
        List<ImportColumn> cols = layout.columns();
        // the template's own headers first, so that a synonym never takes another column's header
        for (int i = 0; i < cols.size(); i++) {
            names.putIfAbsent(Text.header(cols.get(i).header()), i);
        }
        for (int i = 0; i < cols.size(); i++) {
            for (String s : cols.get(i).synonyms()) {
                names.putIfAbsent(Text.header(s), i);
            }
        }
    }

    /** The layout column a header cell names, or -1. */
    int column(String text) {
        String k = Text.header(text);
        return k.isEmpty() ? -1 : names.getOrDefault(k, -1);
    }

    /** The best header of these rows, or null when no row names any column. */
    Found find(List<SheetRow> rows) {
        Found best = null;
        int n = Math.min(SEARCH, rows.size());
        for (int r = 0; r < n; r++) {
            best = better(best, single(rows.get(r), r));
            if (r + 1 < rows.size()) {
                best = better(best, pair(rows.get(r), rows.get(r + 1), r));
            }
        }
        return best == null || best.matched() == 0 ? null : best;
    }

    private static Found better(Found a, Found b) {
        if (b == null) {
            return a;
        }
        if (a == null) {
            return b;
        }
        if (b.requiredMatched() != a.requiredMatched()) {
            return b.requiredMatched() > a.requiredMatched() ? b : a;
        }
        if (b.matched() != a.matched()) {
            return b.matched() > a.matched() ? b : a;
        }
        // a tie: one row rather than two (a title above a header joins it without naming more), else the earlier
        return b.height() < a.height() ? b : a;
    }

    private Found single(SheetRow row, int r) {
        int width = row.size();
        int[] of = new int[width];
        List<String> headers = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            String t = Text.trim(row.text(c));
            headers.add(t);
            of[c] = column(t);
        }
        return found(r, 1, of, headers);
    }

    /**
     * Rows r and r+1 as one header: a column is named by its lower cell, else by the group above it joined with the
     * lower cell (银行信息 + 账号 → 银行账号, 监护人信息 + 姓名 → 监护人姓名), else by its upper cell (merged down). Only
     * when the lower row reads as a header itself: a cell of it names a column and no more than half of its filled
     * cells name nothing, so that a data row is never taken for part of the header.
     */
    private Found pair(SheetRow upper, SheetRow lower, int r) {
        int width = Math.max(upper.size(), lower.size());
        int[] of = new int[width];
        List<String> headers = new ArrayList<>(width);
        int lowerFilled = 0;
        int lowerNamed = 0;
        String group = "";
        for (int c = 0; c < width; c++) {
            String up = Text.trim(upper.text(c));
            String low = Text.trim(lower.text(c));
            if (!up.isEmpty()) {
                group = up;
            }
            int col = -1;
            if (!low.isEmpty()) {
                lowerFilled++;
                col = column(low);
                if (col < 0) {
                    col = column(group + low);
                }
                if (col < 0) {
                    col = column(group.replaceAll("(信息|情况|资料)$", "") + low);
                }
                lowerNamed += col >= 0 ? 1 : 0;
            }
            if (col < 0 && !up.isEmpty() && low.isEmpty()) {
                col = column(up);
            }
            of[c] = col;
            headers.add(low.isEmpty() ? up : low);
        }
        if (lowerNamed == 0 || (lowerFilled - lowerNamed) * 2 > lowerFilled) {
            return null;
        }
        return found(r, 2, of, headers);
    }

    private Found found(int r, int height, int[] of, List<String> headers) {
        boolean[] seen = new boolean[layout.columns().size()];
        int matched = 0;
        int required = 0;
        for (int col : of) {
            if (col >= 0 && !seen[col]) {
                seen[col] = true;
                matched++;
                required += layout.columns().get(col).required() ? 1 : 0;
            }
        }
        return new Found(r, height, of, headers, matched, required);
    }
}
