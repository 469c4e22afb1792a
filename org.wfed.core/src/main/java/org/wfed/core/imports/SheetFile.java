package org.wfed.core.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.wfed.core.WfedException;

/**
 * A clerk's file, as sheets of rows: an XLSX workbook (any sheet, by position, read by fastexcel-reader: however
 * Excel, WPS or LibreOffice packed it) or a CSV file (UTF-8 with or without BOM, UTF-16 with BOM, or GBK/GB18030
 * as Excel and WPS save it in China; comma, semicolon or tab separated: detected). Number and date cells of a
 * workbook keep their kind, so that an ID number stored as a number can be told from one typed as text.
 * Anything else, or a file larger than 20 MB, 5 million cells or 100 million characters, is refused with a message.
 */
public final class SheetFile implements AutoCloseable {

    /** Largest file accepted. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Most cells read from one sheet: a small file that unpacks into billions of cells is refused. */
    static final long MAX_CELLS = 5_000_000;
    /** Most characters read from one sheet (a 20 MB file holds far fewer), against a part that unpacks huge. */
    static final long MAX_CHARS = 100_000_000;

    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private final List<SheetRow> csvRows;
    private final String encoding;

    private SheetFile(ReadableWorkbook workbook, List<SheetRow> csvRows, String encoding) {
        this.workbook = workbook;
        this.sheets = workbook == null ? List.of() : workbook.getSheets().toList();
        this.csvRows = csvRows;
        this.encoding = encoding;
    }

    /** Opens a file; 400 when it is too large or neither an XLSX workbook nor a text file. */
    public static SheetFile open(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (ReadableWorkbook.isOOXMLZipHeader(content)) {
            try {
                return new SheetFile(new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false)),
                        null, null);
            } catch (IOException | RuntimeException e) {
                // a workbook without a styles part (written by a script, not an office suite) has no date formats
                try {
                    return new SheetFile(new ReadableWorkbook(new ByteArrayInputStream(content)), null, null);
                } catch (IOException | RuntimeException again) {
                    throw unreadable();
                }
            }
        }
        if (ReadableWorkbook.isOLE2Header(content)) {
            throw WfedException.invalid("IMPORT_OLD_EXCEL", "不支持旧版Excel（.xls）文件：请在Excel或WPS中“另存为”.xlsx或CSV后再导入",
                    "Old .xls workbooks are not read; save the file as .xlsx or CSV");
        }
        CsvText.Decoded text = CsvText.decode(content);
        return new SheetFile(null, CsvText.rows(text.text()), text.charset());
    }

    /** The first sheet's rows (or the CSV's), all of them. */
    public static List<SheetRow> read(byte[] content) {
        try (SheetFile f = open(content)) {
            return f.rows(0, Integer.MAX_VALUE);
        }
    }

    static WfedException unreadable() {
        return WfedException.invalid("IMPORT_UNREADABLE", "文件内容无法识别：请使用模板，保存为Excel（.xlsx）或CSV格式后再导入",
                "The file is neither a CSV file nor an XLSX workbook");
    }

    static WfedException tooLarge() {
        return WfedException.invalid("IMPORT_TOO_LARGE", "文件超过20MB，请分批导入", "The file is larger than 20 MB");
    }

    private static WfedException tooMany() {
        return WfedException.invalid("IMPORT_TOO_LARGE", "工作表内容过多（超过500万个单元格或1亿个字符），请分批导入",
                "The sheet holds more than 5 million cells or 100 million characters");
    }

    public boolean csv() {
        return workbook == null;
    }

    /** The CSV file's character set as detected (UTF-8, GB18030, UTF-16), or null for a workbook. */
    public String encoding() {
        return encoding;
    }

    /** The sheets' names in order ({@code CSV} for a CSV file). */
    public List<String> sheetNames() {
        return workbook == null ? List.of("CSV") : sheets.stream().map(Sheet::getName).toList();
    }

    /** Whether sheet {@code index} is hidden in the workbook (never chosen on its own). */
    public boolean hidden(int index) {
        return workbook != null && sheets.get(index).getVisibility() != org.dhatim.fastexcel.reader.SheetVisibility.VISIBLE;
    }

    /** The first {@code limit} rows of a sheet (blank rows included, numbered as the spreadsheet shows them). */
    public List<SheetRow> rows(int sheet, int limit) {
        if (workbook == null) {
            return csvRows.size() <= limit ? csvRows : csvRows.subList(0, limit);
        }
        List<SheetRow> out = new ArrayList<>();
        long cells = 0;
        long chars = 0;
        try (Stream<Row> stream = sheets.get(sheet).openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext() && out.size() < limit) {
                Row r = it.next();
                cells += r.getCellCount();
                if (cells > MAX_CELLS) {
                    throw tooMany();
                }
                SheetRow row = row(r);
                for (int i = 0; i < row.size(); i++) {
                    chars += row.text(i).length();
                }
                if (chars > MAX_CHARS) {
                    throw tooMany();
                }
                out.add(row);
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable();
        } catch (WfedException e) {
            throw e;
        } catch (RuntimeException e) {
            // a damaged part of the package (fastexcel-reader throws its own unchecked exceptions)
            throw unreadable();
        }
        return out;
    }

    private static SheetRow row(Row r) {
        int n = r.getCellCount();
        String[] texts = new String[n];
        CellKind[] kinds = null;
        for (int i = 0; i < n; i++) {
            Cell c = r.getCell(i);
            if (c == null) {
                continue;
            }
            CellKind kind = kind(c);
            texts[i] = text(c, kind);
            if (kind != CellKind.TEXT) {
                if (kinds == null) {
                    kinds = new CellKind[n];
                }
                kinds[i] = kind;
            }
        }
        return new SheetRow(r.getRowNum(), texts, kinds);
    }

    private static CellKind kind(Cell c) {
        CellType t = c.getType();
        Object v = c.getValue();
        if (t == CellType.EMPTY || v == null && (c.getRawValue() == null || c.getRawValue().isEmpty())) {
            return CellKind.EMPTY;
        }
        if (t == CellType.ERROR) {
            return CellKind.ERROR;
        }
        if (t == CellType.BOOLEAN || v instanceof Boolean) {
            return CellKind.BOOLEAN;
        }
        if (t == CellType.NUMBER || t == CellType.FORMULA && v instanceof BigDecimal) {
            return DateFormats.isDate(c.getDataFormatId(), c.getDataFormatString()) ? CellKind.DATE : CellKind.NUMBER;
        }
        return CellKind.TEXT;
    }

    private static String text(Cell c, CellKind kind) {
        switch (kind) {
            case EMPTY:
                return "";
            case DATE:
                try {
                    LocalDateTime t = c.asDate();
                    return t == null ? "" : t.toLocalDate().toString();
                } catch (RuntimeException e) {
                    return c.getRawValue();
                }
            case NUMBER:
                return c.getRawValue() == null ? String.valueOf(c.getValue()) : c.getRawValue();
            case BOOLEAN:
                return Boolean.TRUE.equals(c.getValue()) || "1".equals(c.getRawValue()) ? "TRUE" : "FALSE";
            default:
                Object v = c.getValue();
                return v == null ? c.getRawValue() : v.toString();
        }
    }

    @Override
    public void close() {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException e) {
                // nothing was written; closing an in-memory package cannot lose anything
            }
        }
    }
}
