package org.wfed.reporting.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wfed.core.exports.ExportTable;
import org.wfed.core.extension.Member;
import org.wfed.reporting.dto.IndicatorInfo;
import org.wfed.reporting.dto.IndicatorTable;
import org.wfed.reporting.dto.TableRow;

/**
 * The indicator table as an export table (core's writers make XLSX and CSV of it): one row per unit by name and
 * area code, then the total; for every indicator (and every member of its breakdown) this period's value and
 * last year's; money in yuan with fen, rates in percent, other figures as exact decimals (hours keep theirs).
 */
public final class TableExport {
    private TableExport() {
    }

    /** @param codes unit id → statistical area code, for the units that have one */
    public static ExportTable table(IndicatorTable table, Map<Long, String> codes) {
        ExportTable.Builder t = ExportTable.named("指标").title(title(table)).text("单位", 24).digits("单位代码", 14);
        List<Column> columns = columns(table);
        for (Column col : columns) {
            t.column(col.name() + "（" + col.unit() + "）", col.kind(), Math.max(10, col.name().length() * 2 + 4));
            t.column(col.name() + "（上年同期）", col.kind(), Math.max(10, col.name().length() * 2 + 6));
        }
        List<TableRow> rows = new ArrayList<>(table.rows());
        rows.add(table.total());
        for (TableRow row : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.unitName());
            cells.add(row == table.total() || row.unitId() == null ? null : codes.get(row.unitId()));
            for (Column col : columns) {
                cells.add(col.cell(row.values()));
                cells.add(col.cell(row.previous()));
            }
            t.row(cells.toArray());
        }
        return t.build();
    }

    static String title(IndicatorTable table) {
        return table.unitName() + " 指标统计（" + table.from() + " 至 " + table.to() + "）";
    }

    /** A column pair of the sheet: an indicator's figure, or one member's of a breakdown. */
    private record Column(String key, String name, String unit, ExportTable.Kind kind) {
        /** The value as the sheet takes it (money in fen, rates in percent), or null when there is none. */
        Object cell(Map<String, Number> values) {
            Number v = values == null ? null : values.get(key);
            if (v == null) {
                return null;
            }
            BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
            return kind == ExportTable.Kind.MONEY ? d.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact() : d;
        }
    }

    private static List<Column> columns(IndicatorTable table) {
        List<Column> out = new ArrayList<>();
        for (IndicatorInfo i : table.indicators()) {
            ExportTable.Kind kind = kind(i);
            String unit = i.ratio() ? "%" : i.unitZh();
            out.add(new Column(i.id(), i.nameZh(), unit, kind));
            if (i.dimension() != null) {
                for (Member m : i.dimension().members()) {
                    out.add(new Column(i.id() + "[" + m.code() + "]", i.nameZh() + "：" + m.nameZh(),
                            m.unitZh() != null && !i.ratio() ? m.unitZh() : unit, kind));
                }
            }
        }
        return out;
    }

    private static ExportTable.Kind kind(IndicatorInfo i) {
        if (i.ratio()) {
            return ExportTable.Kind.PERCENT;
        }
        return "元".equals(i.unitZh()) ? ExportTable.Kind.MONEY : ExportTable.Kind.DECIMAL;
    }
}
