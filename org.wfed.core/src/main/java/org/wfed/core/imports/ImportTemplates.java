package org.wfed.core.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.wfed.core.exports.CsvWriter;

/**
 * The downloadable templates (模板) of a layout, which wfed reads back unchanged. XLSX: the list's sheet first
 * with the header only, every column formatted as text to the last row of the sheet (so that an 18-digit number
 * keeps its digits however it is typed or pasted), the header frozen; then a 说明 sheet with the rules, every
 * column's requirements and accepted values, and the examples. CSV (UTF-8 with BOM): the header and the examples,
 * which an import skips as long as they are unchanged.
 */
public final class ImportTemplates {
    private static final String REQUIRED_FILL = "FCE4D6";
    private static final String HEADER_FILL = "DDEBF7";

    private ImportTemplates() {
    }

    public static byte[] xlsx(ImportLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "wfed", "1.0");
            Worksheet ws = wb.newWorksheet(layout.title());
            List<ImportColumn> cols = layout.columns();
            for (int c = 0; c < cols.size(); c++) {
                ImportColumn col = cols.get(c);
                // the whole column is text: what a clerk types or pastes into it is kept as typed
                ws.style(c).format("@").set();
                ws.value(0, c, col.header());
                ws.style(0, c).bold().format("@").fillColor(col.required() ? REQUIRED_FILL : HEADER_FILL).set();
                ws.width(c, width(col));
            }
            ws.freezePane(0, 1);
            instructions(wb.newWorksheet("说明"), layout);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] csv(ImportLayout layout) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(String.join(",", layout.columns().stream().map(c -> CsvWriter.text(c.header())).toList())).append("\r\n");
        for (List<String> ex : layout.examples()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < layout.columns().size(); c++) {
                cells.add(CsvWriter.text(c < ex.size() ? ex.get(c) : ""));
            }
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void instructions(Worksheet ws, ImportLayout layout) {
        int r = 0;
        ws.value(r, 0, layout.title() + "填写说明");
        ws.style(r, 0).bold().fontSize(14).set();
        r += 2;
        List<String> rules = new ArrayList<>();
        rules.add("在「" + layout.title() + "」工作表中，从第2行起每行填一条；表头不要改动。粉色表头的列必填。");
        rules.add("各列已设为“文本”格式：身份证号、银行账号等长数字请保持文本格式，不要改成数字或科学计数格式，否则末几位会丢失。");
        rules.add("更新已有记录时：文件中没有的列保持不变；单元格留空也不会清除已有内容（确需清除的，在导入预览中选择“清空”）。");
        rules.add("导入前会先预览：每一处错误、每一条将被修改的内容都会列出；有任何错误时不会导入任何记录。");
        rules.addAll(layout.notes());
        for (String line : rules) {
            ws.value(r++, 0, line);
        }
        r++;
        String[] head = {"列名", "是否必填", "填写要求", "可填的值"};
        for (int c = 0; c < head.length; c++) {
            ws.value(r, c, head[c]);
            ws.style(r, c).bold().fillColor(HEADER_FILL).set();
        }
        r++;
        for (ImportColumn col : layout.columns()) {
            ws.value(r, 0, col.header());
            ws.value(r, 1, col.required() ? "必填" : "选填");
            ws.value(r, 2, requirement(col));
            if (col.codes() != null) {
                ws.value(r, 3, col.codes().accepted());
            }
            ws.style(r, 2).wrapText(true).set();
            ws.style(r, 3).wrapText(true).set();
            r++;
        }
        if (!layout.examples().isEmpty()) {
            r++;
            ws.value(r++, 0, "填写示例（示例行不会被导入）");
            for (int c = 0; c < layout.columns().size(); c++) {
                ws.value(r, c, layout.columns().get(c).header());
                ws.style(r, c).bold().set();
            }
            r++;
            for (List<String> ex : layout.examples()) {
                for (int c = 0; c < ex.size(); c++) {
                    ws.value(r, c, ex.get(c));
                    ws.style(r, c).format("@").set();
                }
                r++;
            }
        }
        ws.width(0, 18);
        ws.width(1, 10);
        ws.width(2, 60);
        ws.width(3, 60);
    }

    /** What the 说明 sheet says a column needs. */
    static String requirement(ImportColumn col) {
        String s = switch (col.type()) {
            case TEXT -> "文字，不超过" + col.max() + "个字";
            case ID_NUMBER -> "18位居民身份证号码（15位旧号码也可），末位X大小写均可；保持文本格式";
            case DATE -> "日期，如2024-03-01、2024/3/1或2024年3月1日" + (col.notAfterToday() ? "，不能晚于今天" : "");
            case CODE -> "填一个可填的值（也可填常用简称）";
            case CODES -> "可填多个，用“、”分隔（也可填常用简称）";
            case DIGITS -> (col.min() == col.max() ? col.min() : col.min() + "–" + col.max()) + "位数字；保持文本格式";
            case PHONE -> "手机或固定电话号码";
            case INTEGER -> "整数，" + col.min() + "–" + col.max();
        };
        if (col.unique()) {
            s += "；同一文件中不能重复";
        }
        if (!col.synonyms().isEmpty() && col.type() != ColumnType.ID_NUMBER) {
            s += "；列名也可写作：" + String.join("、", col.synonyms());
        }
        return col.help() == null ? s : s + "。" + col.help();
    }

    private static int width(ImportColumn col) {
        return switch (col.type()) {
            case ID_NUMBER, DIGITS -> 22;
            case DATE, PHONE -> 14;
            case TEXT -> col.max() > 100 ? 30 : 14;
            default -> 14;
        };
    }
}
