package org.wfed.reporting.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.core.exports.ExportTable;
import org.wfed.reporting.dto.IndicatorInfo;
import org.wfed.reporting.dto.IndicatorTable;
import org.wfed.reporting.dto.TableRow;

/**
 * The indicator table as an export table (core's writers make XLSX and CSV of it): one row per unit by name and
 * area code, then the total; for every indicator this period's value and last year's; money in yuan, rates in
 * percent, counts as whole numbers.
 */
public final class TableExport {
    private TableExport() {
    }

    /** @param codes unit id → statistical area code, for the units that have one */
    public static ExportTable table(IndicatorTable table, Map<Long, String> codes) {
        ExportTable.Builder t = ExportTable.named("指标").title(title(table)).text("单位", 24).digits("单位代码", 14);
        for (IndicatorInfo i : table.indicators()) {
            ExportTable.Kind kind = kind(i);
            String unit = i.ratio() ? "%" : i.unitZh();
            t.column(i.nameZh() + "（" + unit + "）", kind, Math.max(10, i.nameZh().length() * 2 + 4));
            t.column(i.nameZh() + "（上年同期）", kind, Math.max(10, i.nameZh().length() * 2 + 6));
        }
        List<TableRow> rows = new ArrayList<>(table.rows());
        rows.add(table.total());
        for (TableRow row : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.unitName());
            cells.add(row == table.total() || row.unitId() == null ? null : codes.get(row.unitId()));
            for (IndicatorInfo i : table.indicators()) {
                cells.add(value(i, row.values()));
                cells.add(value(i, row.previous()));
            }
            t.row(cells.toArray());
        }
        return t.build();
    }

    static String title(IndicatorTable table) {
        return table.unitName() + " 指标统计（" + table.from() + " 至 " + table.to() + "）";
    }

    private static ExportTable.Kind kind(IndicatorInfo i) {
        if (i.ratio()) {
            return ExportTable.Kind.PERCENT;
        }
        return "元".equals(i.unitZh()) ? ExportTable.Kind.MONEY : ExportTable.Kind.INTEGER;
    }

    /** The value as the table holds it (money in fen, rates in percent), or null when there is none. */
    private static Number value(IndicatorInfo i, Map<String, Number> values) {
        return values == null ? null : values.get(i.id());
    }
}
