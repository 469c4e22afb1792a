package org.wfed.aid.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.aid.dto.ImportReport.RowError;
import org.wfed.core.WfedException;

class RosterCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final RosterCheck CHECK = new RosterCheck(Map.of("DIBAO", "低保", "DISABLED", "残疾"), TODAY);
    private static final List<String> HEADER = List.of("姓名", "身份证号", "困难类别", "认定日期");

    private static List<RowError> errors(List<String>... rows) {
        List<List<String>> all = new java.util.ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(rows));
        return CHECK.check(all).errors();
    }

    @Test
    void aGoodRowParsesCategoriesByNameOrCode() {
        Checked<RosterEntry> r = CHECK.check(List.of(HEADER, List.of("王秀英", "11010519491231002x", "低保、DISABLED", "2024/3/1")));
        assertEquals(List.of(), r.errors());
        assertEquals("11010519491231002X", r.entries().get(0).idNumber());
        assertEquals(List.of("DIBAO", "DISABLED"), r.entries().get(0).categories());
        assertEquals(LocalDate.of(2024, 3, 1), r.entries().get(0).recognizedOn());
    }

    @Test
    void everyBadRowIsReportedWithItsSpreadsheetRowNumber() {
        List<RowError> e = errors(List.of("甲", "110105194912310021", "低保", ""),
                List.of("乙", "11010519491231002X", "富裕", ""),
                List.of("丙", "11010519491231002X", "低保", ""),
                List.of("丁", org.wfed.core.IdNumber.compose("110105", LocalDate.of(1950, 1, 1), 2).value(), "低保", "2026-07-01"));
        assertEquals(4, e.size(), e.toString());
        assertEquals(new RowError(2, "身份证号", "身份证号码无效：校验位错误"), e.get(0));
        assertEquals(new RowError(3, "困难类别", "未知的困难类别：富裕"), e.get(1));
        assertEquals(new RowError(4, "身份证号", "与第3行的身份证号码重复"), e.get(2));
        assertEquals(new RowError(5, "认定日期", "日期不能晚于今天"), e.get(3));
    }

    @Test
    void aChildNeedsAGuardian() {
        List<List<String>> rows = List.of(List.of("姓名", "身份证号", "困难类别", "监护人", "监护人同意日期"),
                List.of("小花", org.wfed.core.IdNumber.compose("110105", LocalDate.of(2018, 1, 1), 2).value(), "低保", "", ""));
        assertEquals("监护人", CHECK.check(rows).errors().get(0).column());
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        assertThrows(WfedException.class, () -> CHECK.check(List.of(List.of("a", "b"), List.of("1", "2"))));
    }

    @Test
    void excelSerialDatesAndOtherFormatsAreRead() {
        assertEquals(LocalDate.of(2024, 3, 1), SheetRow.parseDate("45352"));
        assertEquals(LocalDate.of(2024, 3, 1), SheetRow.parseDate("2024.3.1"));
        assertEquals(LocalDate.of(2024, 3, 1), SheetRow.parseDate("20240301"));
        assertEquals(null, SheetRow.parseDate("三月一日"));
    }

    @Test
    void csvQuotesCommasLineBreaksAndGbkFiles() {
        assertEquals(List.of(List.of("a", "b,c", "d\"e"), List.of("x", "多行\n备注")),
                ImportFile.csv("a,\"b,c\",\"d\"\"e\"\r\nx,\"多行\n备注\"\r\n"));
        byte[] gbk = "姓名,身份证号\r\n".getBytes(Charset.forName("GB18030"));
        assertEquals(List.of(List.of("姓名", "身份证号")), ImportFile.rows(gbk));
        byte[] bom = "\uFEFF姓名\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("姓名")), ImportFile.rows(bom));
        assertEquals(28, ImportFile.column("AB7"));
    }
}
