package org.wfed.reporting.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.wfed.reporting.dto.IndicatorInfo;
import org.wfed.reporting.dto.IndicatorTable;
import org.wfed.reporting.dto.TableRow;

/**
 * The indicator table as a spreadsheet: one row per unit, for every indicator this period's value
 * and last year's; money in yuan, rates in percent. XLSX through fastexcel, or CSV (UTF-8 with BOM,
 * so that Excel opens the Chinese correctly).
 */
public final class TableExport {
    private TableExport() {
    }

    public static byte[] xlsx(IndicatorTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "wfed", "1.0")) {
            Worksheet ws = wb.newWorksheet("指标");
            ws.value(0, 0, title(table));
            ws.style(0, 0).bold().set();
            List<String> header = header(table);
            for (int c = 0; c < header.size(); c++) {
                ws.value(2, c, header.get(c));
                ws.style(2, c).bold().wrapText(true).set();
            }
            int r = 3;
            for (TableRow row : rows(table)) {
                ws.value(r, 0, row.unitName());
                int c = 1;
                for (IndicatorInfo i : table.indicators()) {
                    cell(ws, r, c++, number(i, row.values()));
                    cell(ws, r, c++, number(i, row.previous()));
                }
                r++;
            }
            ws.width(0, 28);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] csv(IndicatorTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(csvLine(List.of(title(table))));
        out.append(csvLine(header(table)));
        for (TableRow row : rows(table)) {
            List<String> cells = new ArrayList<>();
            cells.add(row.unitName());
            for (IndicatorInfo i : table.indicators()) {
                cells.add(text(number(i, row.values())));
                cells.add(text(number(i, row.previous())));
            }
            out.append(csvLine(cells));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String title(IndicatorTable table) {
        return table.unitName() + " 指标统计（" + table.from() + " 至 " + table.to() + "）";
    }

    static List<String> header(IndicatorTable table) {
        List<String> header = new ArrayList<>();
        header.add("单位");
        for (IndicatorInfo i : table.indicators()) {
            String unit = i.ratio() ? "%" : i.unitZh();
            header.add(i.nameZh() + "（" + unit + "）");
            header.add(i.nameZh() + "（上年同期）");
        }
        return header;
    }

    private static List<TableRow> rows(IndicatorTable table) {
        List<TableRow> rows = new ArrayList<>(table.rows());
        rows.add(table.total());
        return rows;
    }

    /** The value as the table shows it: money in yuan, everything else as it is; null when there is none. */
    static BigDecimal number(IndicatorInfo i, Map<String, Number> values) {
        Number v = values == null ? null : values.get(i.id());
        if (v == null) {
            return null;
        }
        if (!i.ratio() && "元".equals(i.unitZh())) {
            return BigDecimal.valueOf(v.longValue(), 2);
        }
        return i.ratio() ? BigDecimal.valueOf(v.doubleValue()) : BigDecimal.valueOf(v.longValue());
    }

    private static void cell(Worksheet ws, int r, int c, BigDecimal v) {
        if (v != null) {
            ws.value(r, c, v);
        }
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            String s = cell == null ? "" : cell;
            // a leading = + - @ would make Excel run the cell as a formula
            if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
                s = "'" + s;
            }
            quoted.add(s.matches(".*[\",\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
