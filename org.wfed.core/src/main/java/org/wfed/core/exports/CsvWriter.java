package org.wfed.core.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * The one CSV writer of wfed, for Excel, WPS and LibreOffice: UTF-8 with a byte-order mark (so that the Chinese
 * shows), RFC 4180 quoting, CRLF line ends; dates {@code yyyy-MM-dd}, times local {@code yyyy-MM-dd HH:mm:ss};
 * money as yuan with two decimals. A text starting with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, so that a spreadsheet never runs it as a formula; a long digit string (ID number, bank account) is
 * written as {@code ="…"}, which spreadsheets show as that text instead of a rounded number like
 * {@code 6.22848E+18}. wfed's own import reads both forms back.
 */
public final class CsvWriter {
    private final Writer out;
    private final ZoneId zone;
    private List<ExportTable.Column> columns;

    /** Starts a CSV file on {@code out} (writes the BOM). */
    public CsvWriter(OutputStream out, ZoneId zone) throws IOException {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.zone = zone;
        this.out.write('\uFEFF');
    }

    /** A whole table as CSV bytes: the title line (when there is one), the header, the rows. */
    public static byte[] write(ExportTable table, ZoneId zone) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CsvWriter w = new CsvWriter(bytes, zone);
            if (table.title() != null) {
                w.line(List.of(table.title()));
            }
            w.header(table.columns());
            for (Object[] row : table.rows()) {
                w.row(row);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The header line; the kinds of these columns type the rows that follow. */
    public void header(List<ExportTable.Column> columns) throws IOException {
        this.columns = List.copyOf(columns);
        line(columns.stream().map(ExportTable.Column::header).toList());
    }

    /** One row, a value per column of the {@link #header}. */
    public void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(columns.get(i).kind(), cells[i]));
        }
        out.write("\r\n");
    }

    /** A line of plain text cells (a title). */
    public void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(text(cells.get(i)));
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
        out.flush();
    }

    private String cell(ExportTable.Kind kind, Object v) {
        if (v == null) {
            return "";
        }
        return switch (kind) {
            case MONEY -> Cells.yuan(v).toPlainString();
            case INTEGER -> String.valueOf(((Number) v).longValue());
            case DECIMAL -> Cells.decimal(v).stripTrailingZeros().toPlainString();
            case PERCENT -> Cells.decimal(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
            case DATE -> Cells.date(v).toString();
            case TIME -> Cells.TIME.format(Cells.local(v, zone));
            case DIGITS -> digits(v.toString());
            case TEXT -> text(v instanceof BigDecimal b ? b.toPlainString() : v.toString());
        };
    }

    private static String digits(String s) {
        return Cells.looksLikeLongNumber(s) ? "=\"" + s + "\"" : text(s);
    }

    /** A text cell: a long digit string kept as text, formulas defused, quoted when it must be. */
    public static String text(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        if (Cells.looksLikeLongNumber(v)) {
            return "=\"" + v + "\"";
        }
        String s = "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
