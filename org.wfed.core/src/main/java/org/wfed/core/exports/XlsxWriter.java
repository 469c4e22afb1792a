package org.wfed.core.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one XLSX writer of wfed (fastexcel, embedded in core): one sheet per table, the title (bold, merged over
 * the columns) above a bold header that stays in view and repeats on every printed page; dates and times as real
 * date cells ({@code yyyy-mm-dd}, local time to the second), money as numbers with two decimals, percentages with
 * one, long digit strings as text cells in text-formatted columns; printed on A4 landscape, one page wide.
 */
public final class XlsxWriter {
    private static final String HEADER_FILL = "DDEBF7";

    private XlsxWriter() {
    }

    public static byte[] write(ZoneId zone, ExportTable... tables) {
        return write(zone, List.of(tables));
    }

    public static byte[] write(ZoneId zone, List<ExportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "wfed", "1.0");
            for (ExportTable t : tables) {
                sheet(wb.newWorksheet(t.sheet()), t, zone);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet ws, ExportTable t, ZoneId zone) {
        List<ExportTable.Column> cols = t.columns();
        int header = 0;
        if (t.title() != null) {
            ws.value(0, 0, t.title());
            ws.range(0, 0, 0, Math.max(0, cols.size() - 1)).merge();
            ws.style(0, 0).bold().fontSize(14).set();
            header = 1;
        }
        for (int c = 0; c < cols.size(); c++) {
            ws.value(header, c, cols.get(c).header());
            ws.style(header, c).bold().wrapText(true).fillColor(HEADER_FILL).verticalAlignment("center").set();
            ws.width(c, Math.max(6, Math.min(60, cols.get(c).width())));
        }
        int r = header + 1;
        for (Object[] row : t.rows()) {
            for (int c = 0; c < row.length; c++) {
                cell(ws, r, c, cols.get(c).kind(), row[c], zone);
            }
            r++;
        }
        int last = r - 1;
        if (last > header) {
            for (int c = 0; c < cols.size(); c++) {
                String format = format(cols.get(c).kind());
                if (format != null) {
                    ws.range(header + 1, c, last, c).style().format(format).set();
                }
            }
        }
        ws.freezePane(0, header + 1);
        ws.repeatRows(0, header);
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation("landscape");
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }

    private static String format(ExportTable.Kind kind) {
        return switch (kind) {
            case DIGITS -> "@";
            case MONEY -> "0.00";
            case PERCENT -> "0.0";
            case DATE -> "yyyy-mm-dd";
            case TIME -> "yyyy-mm-dd hh:mm:ss";
            default -> null;
        };
    }

    private static void cell(Worksheet ws, int r, int c, ExportTable.Kind kind, Object v, ZoneId zone) {
        if (v == null) {
            return;
        }
        switch (kind) {
            case MONEY -> ws.value(r, c, Cells.yuan(v));
            case INTEGER -> ws.value(r, c, ((Number) v).longValue());
            case DECIMAL -> ws.value(r, c, Cells.decimal(v));
            case PERCENT -> ws.value(r, c, Cells.decimal(v).setScale(1, java.math.RoundingMode.HALF_UP));
            case DATE -> ws.value(r, c, Cells.date(v));
            case TIME -> ws.value(r, c, Cells.local(v, zone));
            case DIGITS, TEXT -> ws.value(r, c, v instanceof java.math.BigDecimal b ? b.toPlainString() : v.toString());
        }
    }
}
