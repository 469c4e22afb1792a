package org.wfed.aid.internal.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.wfed.aid.dto.ImportKind;

/** The downloadable templates (模板) of both import kinds, as CSV (UTF-8 with BOM) and XLSX, with example rows. */
public final class ImportTemplates {

    private static final List<List<String>> ROSTER_EXAMPLES = List.of(
            List.of("王秀英", "11010519491231002X", "低保、残疾", "夫妻二人，丈夫患病", "农村商业银行", "6228480012345678901",
                    "2024-03-01", "", "", "", ""));
    private static final List<List<String>> SCREENING_EXAMPLES = List.of(
            List.of("王秀英", "11010519491231002X", "宫颈癌", "2026-04-12", "未见异常", "HPV", "", "", "2026-04-12"),
            List.of("王秀英", "11010519491231002X", "乳腺癌", "2026-04-12", "未见异常", "", "3", "未见异常", "2026-04-12"));

    private ImportTemplates() {
    }

    public static List<String> columns(ImportKind kind) {
        return kind == ImportKind.SCREENING ? ScreeningCheck.COLUMNS : RosterCheck.COLUMNS;
    }

    public static String fileName(ImportKind kind, String extension) {
        return (kind == ImportKind.SCREENING ? "aid-screening-template." : "aid-roster-template.") + extension;
    }

    public static byte[] csv(ImportKind kind) {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", columns(kind))).append("\r\n");
        for (List<String> row : examples(kind)) {
            text.append(String.join(",", row.stream().map(ImportTemplates::quoted).toList())).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same as an XLSX workbook: every column text-formatted, so that ID numbers keep their 18 digits. */
    public static byte[] xlsx(ImportKind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "wfed", "1.0");
            Worksheet ws = wb.newWorksheet(kind == ImportKind.SCREENING ? "筛查结果" : "花名册");
            List<String> columns = columns(kind);
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c));
                ws.style(0, c).bold().set();
                ws.width(c, c == 1 ? 22 : 14);
            }
            int r = 1;
            for (List<String> row : examples(kind)) {
                for (int c = 0; c < row.size(); c++) {
                    ws.value(r, c, row.get(c));
                }
                r++;
            }
            ws.range(1, 0, 1000, columns.size() - 1).style().format("@").set();
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<List<String>> examples(ImportKind kind) {
        return kind == ImportKind.SCREENING ? SCREENING_EXAMPLES : ROSTER_EXAMPLES;
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
