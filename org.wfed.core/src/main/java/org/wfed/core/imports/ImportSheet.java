package org.wfed.core.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wfed.core.WfedException;

/**
 * A file read against a layout: the sheet chosen (the one whose header names the most columns, a 说明 sheet only
 * when asked for, or the clerk's choice), the header found (title rows skipped, two-row headers joined), which file
 * column holds which layout column and which are ignored, and every data row with its cells read by type. Blank
 * rows and rows equal to a template example are skipped. Pure: no database, no caller.
 */
public final class ImportSheet {

    /** A file column the header mapped: its header in the file and the layout column it holds. */
    public record Mapped(String fileHeader, String column, String key) {
    }

    private final String sheet;
    private final List<String> sheets;
    private final int headerRow;
    private final List<Mapped> mapped;
    private final List<String> ignored;
    private final List<String> absent;
    private final List<ImportRow> rows;
    private final List<RowError> errors;
    private final int skippedExamples;

    private ImportSheet(String sheet, List<String> sheets, int headerRow, List<Mapped> mapped, List<String> ignored,
                        List<String> absent, List<ImportRow> rows, List<RowError> errors, int skippedExamples) {
        this.sheet = sheet;
        this.sheets = sheets;
        this.headerRow = headerRow;
        this.mapped = mapped;
        this.ignored = ignored;
        this.absent = absent;
        this.rows = rows;
        this.errors = errors;
        this.skippedExamples = skippedExamples;
    }

    /**
     * Reads {@code content} (XLSX or CSV) against {@code layout}.
     *
     * @param sheet the sheet the clerk chose by name, or null to choose by header
     * @param today the day dates may not lie after
     * @throws WfedException 400 for an unreadable file, a sheet without the layout's header, a missing required
     *                       column or one column given twice
     */
    public static ImportSheet read(byte[] content, ImportLayout layout, String sheet, LocalDate today) {
        try (SheetFile file = SheetFile.open(content)) {
            return read(file, layout, sheet, today);
        }
    }

    static ImportSheet read(SheetFile file, ImportLayout layout, String wanted, LocalDate today) {
        HeaderMatch match = new HeaderMatch(layout);
        List<String> names = file.sheetNames();
        int chosen = -1;
        HeaderMatch.Found found = null;
        if (wanted != null && !wanted.isBlank()) {
            chosen = names.indexOf(wanted.trim());
            if (chosen < 0) {
                throw WfedException.invalid("IMPORT_NO_SHEET", "文件中没有名为「" + wanted.trim() + "」的工作表（有："
                        + String.join("、", names) + "）", "The workbook has no such sheet");
            }
            found = match.find(file.rows(chosen, HeaderMatch.SEARCH + 1));
        } else {
            for (int i = 0; i < names.size(); i++) {
                if (names.size() > 1 && (file.hidden(i) || instructions(names.get(i)))) {
                    continue;
                }
                HeaderMatch.Found f = match.find(file.rows(i, HeaderMatch.SEARCH + 1));
                if (f != null && (found == null || f.requiredMatched() > found.requiredMatched()
                        || f.requiredMatched() == found.requiredMatched() && f.matched() > found.matched())) {
                    found = f;
                    chosen = i;
                }
            }
        }
        if (found == null) {
            String names2 = layout.columns().stream().limit(2).map(ImportColumn::header)
                    .collect(java.util.stream.Collectors.joining("」「"));
            throw WfedException.invalid("IMPORT_BAD_HEADER", "没有找到" + layout.title() + "的表头：前" + HeaderMatch.SEARCH
                    + "行中没有「" + names2 + "」等列名。请使用下载的模板，或把列名改成模板中的名称",
                    "No header row of the layout was found");
        }
        String sheetName = names.get(chosen);
        boolean[] present = new boolean[layout.columns().size()];
        int[] fileColumnOf = new int[layout.columns().size()];
        java.util.Arrays.fill(fileColumnOf, -1);
        List<Mapped> mapped = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < found.columnOf().length; c++) {
            int col = found.columnOf()[c];
            String header = found.fileHeaders().get(c);
            if (col < 0) {
                if (!header.isEmpty()) {
                    ignored.add(header);
                }
                continue;
            }
            ImportColumn ic = layout.columns().get(col);
            if (present[col]) {
                throw WfedException.invalid("IMPORT_COLUMN_TWICE", "「" + found.fileHeaders().get(fileColumnOf[col]) + "」和「"
                        + header + "」都是" + ic.header() + "列：请删去其中一列后再导入", "Two columns hold " + ic.key());
            }
            present[col] = true;
            fileColumnOf[col] = c;
            mapped.add(new Mapped(header, ic.header(), ic.key()));
        }
        List<String> missing = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < present.length; i++) {
            if (!present[i]) {
                (layout.columns().get(i).required() ? missing : absent).add(layout.columns().get(i).header());
            }
        }
        if (!missing.isEmpty()) {
            throw WfedException.invalid("IMPORT_BAD_HEADER", "工作表「" + sheetName + "」第" + (found.row() + 1) + "行的表头缺少「"
                    + String.join("」「", missing) + "」列" + (ignored.isEmpty() ? "" : "（未识别的列：" + String.join("、", ignored)
                    + "）") + "：请使用下载的模板，或把列名改成模板中的名称", "The header lacks required columns " + missing);
        }
        List<SheetRow> all = file.rows(chosen, Integer.MAX_VALUE);
        List<SheetRow> data = all.subList(Math.min(all.size(), found.dataStart()), all.size());
        RowReader reader = new RowReader(layout, new ImportRow.Columns(layout, present), fileColumnOf, today, data);
        reader.readAll();
        return new ImportSheet(sheetName, names, all.isEmpty() ? 0 : all.get(found.row()).number(), List.copyOf(mapped),
                List.copyOf(ignored), List.copyOf(absent), reader.rows(), reader.errors(), reader.skippedExamples());
    }

    /** A sheet of instructions (说明, 填写说明, 示例): never taken for the data on its own. */
    static boolean instructions(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Set.of("说明", "填写说明", "使用说明", "示例", "填写示例", "说明与示例").contains(name.trim())
                || n.contains("说明") && !n.contains("名册");
    }

    public String sheet() {
        return sheet;
    }

    public List<String> sheets() {
        return sheets;
    }

    /** The header's (first) row number as the spreadsheet shows it. */
    public int headerRow() {
        return headerRow;
    }

    public List<Mapped> mapped() {
        return mapped;
    }

    /** Headers of file columns that hold none of the layout's columns. */
    public List<String> ignored() {
        return ignored;
    }

    /** Headers of the layout's optional columns the file has not (their fields are left as they are). */
    public List<String> absent() {
        return absent;
    }

    /** Every data row (blank and example rows left out), those with refused cells too. */
    public List<ImportRow> rows() {
        return rows;
    }

    /** Every refused cell so far, in row order. */
    public List<RowError> errors() {
        return errors;
    }

    public int skippedExamples() {
        return skippedExamples;
    }

    /** Reads the data rows: column-wide checks first (digits lost, duplicates), then each cell by type. */
    private static final class RowReader {
        private final ImportLayout layout;
        private final ImportRow.Columns columns;
        private final int[] fileColumnOf;
        private final LocalDate today;
        private final List<SheetRow> data;
        private final List<ImportRow> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private int skippedExamples;

        RowReader(ImportLayout layout, ImportRow.Columns columns, int[] fileColumnOf, LocalDate today, List<SheetRow> data) {
            this.layout = layout;
            this.columns = columns;
            this.fileColumnOf = fileColumnOf;
            this.today = today;
            this.data = data;
        }

        void readAll() {
            int n = layout.columns().size();
            boolean[] truncated = new boolean[n];
            for (int i = 0; i < n; i++) {
                ColumnType t = layout.columns().get(i).type();
                if (fileColumnOf[i] >= 0 && (t == ColumnType.ID_NUMBER || t == ColumnType.DIGITS)) {
                    truncated[i] = truncatedColumn(fileColumnOf[i]);
                }
            }
            List<Map<Object, Integer>> seen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                seen.add(layout.columns().get(i).unique() ? new HashMap<>() : null);
            }
            List<Set<String>> exampleIds = exampleIds();
            for (SheetRow s : data) {
                if (s.blank()) {
                    continue;
                }
                if (example(s)) {
                    skippedExamples++;
                    continue;
                }
                Object[] values = new Object[n];
                ImportRow row = new ImportRow(s.number(), values, columns, errors);
                for (int i = 0; i < n; i++) {
                    int c = fileColumnOf[i];
                    if (c < 0) {
                        continue;
                    }
                    ImportColumn col = layout.columns().get(i);
                    String raw = s.text(c);
                    if (Values.empty(raw)) {
                        if (col.required()) {
                            row.refuse(i, "必填");
                        }
                        continue;
                    }
                    Object v = Values.read(col, raw, s.kind(c), today, truncated[i]);
                    if (v instanceof Values.Problem p) {
                        row.refuse(i, p.message());
                        continue;
                    }
                    if (col.type() == ColumnType.ID_NUMBER && exampleIds.get(i).contains(v)) {
                        row.refuse(i, "这是模板示例中的身份证号码，请填写真实号码");
                        continue;
                    }
                    if (seen.get(i) != null && v != null) {
                        Integer first = seen.get(i).putIfAbsent(v, s.number());
                        if (first != null) {
                            row.refuse(i, "与第" + first + "行重复");
                            continue;
                        }
                    }
                    values[i] = v;
                }
                rows.add(row);
            }
        }

        /**
         * Whether an ID-number or digits column was cut by a spreadsheet: most of its long values end in zeros from
         * the 16th digit on, as a number keeps only 15. One such value among good ones is a real number.
         */
        private boolean truncatedColumn(int c) {
            int longOnes = 0;
            int cut = 0;
            for (SheetRow s : data) {
                String v = Text.compact(s.text(c));
                if (v.length() > 15 && v.chars().allMatch(Character::isDigit)) {
                    longOnes++;
                    cut += Values.truncated(v) ? 1 : 0;
                }
            }
            return cut > 0 && cut * 2 > longOnes;
        }

        /** Whether a row equals one of the layout's examples, cell for cell (as the template shows them). */
        private boolean example(SheetRow s) {
            for (List<String> ex : layout.examples()) {
                boolean same = true;
                for (int i = 0; i < fileColumnOf.length && same; i++) {
                    if (fileColumnOf[i] >= 0) {
                        String want = i < ex.size() ? ex.get(i) : "";
                        same = Text.compact(s.text(fileColumnOf[i])).equals(Text.compact(want));
                    }
                }
                if (same) {
                    return true;
                }
            }
            return false;
        }

        private List<Set<String>> exampleIds() {
            List<Set<String>> out = new ArrayList<>();
            for (int i = 0; i < layout.columns().size(); i++) {
                java.util.HashSet<String> ids = new java.util.HashSet<>();
                if (layout.columns().get(i).type() == ColumnType.ID_NUMBER) {
                    for (List<String> ex : layout.examples()) {
                        if (i < ex.size() && !ex.get(i).isEmpty()) {
                            ids.add(ex.get(i));
                        }
                    }
                }
                out.add(ids);
            }
            return out;
        }

        List<ImportRow> rows() {
            return rows;
        }

        List<RowError> errors() {
            return errors;
        }

        int skippedExamples() {
            return skippedExamples;
        }
    }
}
