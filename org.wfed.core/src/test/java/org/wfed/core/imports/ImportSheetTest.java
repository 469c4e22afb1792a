package org.wfed.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.wfed.core.WfedException;

class ImportSheetTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String ID1 = org.wfed.core.IdNumber.compose("110105", LocalDate.of(1980, 1, 1), 2).value();
    /** A number whose check character is X: a spreadsheet keeps it as text. */
    private static final String WITH_X = withX();
    private static final String ID2 = org.wfed.core.IdNumber.compose("330106", LocalDate.of(1974, 7, 12), 2).value();

    private static ImportSheet read(byte[] file) {
        return ImportSheet.read(file, Layouts.ROSTER, null, TODAY);
    }

    private static String[] r(String... cells) {
        return cells;
    }

    @Test
    void aTitleRowAndAMergedTitleAboveTheHeaderAreSkipped() {
        byte[] file = Workbooks.xlsx(wb -> {
            Worksheet ws = wb.newWorksheet("花名册");
            ws.value(0, 0, "东湖社区2026年困难妇女花名册");
            ws.range(0, 0, 0, 5).merge();
            ws.value(1, 0, "填报单位：东湖社区妇联");
            Workbooks.rows(ws, 2, r("序号", "姓名", "身份证号码", "困难类别", "银行卡号"), r("1", "王一", ID1, "低保", "6228480012345678901"));
        });
        ImportSheet s = read(file);
        assertEquals(3, s.headerRow());
        assertEquals(List.of("序号"), s.ignored());
        assertEquals(1, s.rows().size());
        ImportRow row = s.rows().get(0);
        assertEquals(4, row.number());
        assertEquals(ID1, row.text("idNumber"));
        assertEquals("6228480012345678901", row.text("bankAccount"), "银行卡号 is 银行账号");
        assertTrue(row.present("bankAccount"));
        assertTrue(!row.present("note"));
        assertEquals(List.of("开户银行", "认定日期", "备注"), s.absent());
    }

    @Test
    void aTwoRowHeaderIsJoined() {
        byte[] file = Workbooks.xlsx(wb -> {
            Worksheet ws = wb.newWorksheet("Sheet1");
            Workbooks.rows(ws, 0, r("姓名", "身份证号", "困难类别", "银行信息", "", "备注"),
                    r("", "", "", "开户银行", "账号", ""),
                    r("王一", ID1, "特困", "农商行", "6228480012345678901", "无"));
            ws.range(0, 3, 0, 4).merge();
            ws.range(0, 0, 1, 0).merge();
        });
        ImportSheet s = read(file);
        assertEquals(1, s.rows().size(), s.errors().toString());
        ImportRow row = s.rows().get(0);
        assertEquals(3, row.number());
        assertEquals("农商行", row.text("bankName"));
        assertEquals("6228480012345678901", row.text("bankAccount"), "银行信息 + 账号");
        assertEquals(List.of("TEKUN"), row.codes("categories"));
        assertEquals("无", row.text("note"));
    }

    @Test
    void theRosterOnASecondSheetBehindInstructionsIsFoundOrChosen() {
        byte[] file = Workbooks.xlsx(wb -> {
            Worksheet help = wb.newWorksheet("说明");
            Workbooks.rows(help, 0, r("填写说明"), r("姓名", "身份证号", "困难类别"), r("王秀英", "11010519491231002X", "低保"));
            Worksheet other = wb.newWorksheet("统计");
            Workbooks.rows(other, 0, r("类别", "人数"), r("低保", "3"));
            Worksheet data = wb.newWorksheet("花名册2026");
            Workbooks.rows(data, 0, r("姓名", "身份证号", "困难类别"), r("王一", ID1, "低保"), r("王二", ID2, "残疾"));
        });
        ImportSheet s = read(file);
        assertEquals("花名册2026", s.sheet());
        assertEquals(List.of("说明", "统计", "花名册2026"), s.sheets());
        assertEquals(2, s.rows().size());
        ImportSheet chosen = ImportSheet.read(file, Layouts.ROSTER, "说明", TODAY);
        assertEquals("说明", chosen.sheet());
        assertEquals(2, chosen.headerRow());
        WfedException none = assertThrows(WfedException.class, () -> ImportSheet.read(file, Layouts.ROSTER, "无此表", TODAY));
        assertTrue(none.getMessage().contains("说明、统计、花名册2026") || none.messageZh().contains("说明、统计、花名册2026"));
    }

    @Test
    void numberCellsInTheIdColumnAreRefusedAndDateCellsRead() {
        byte[] file = Workbooks.xlsx(wb -> {
            Worksheet ws = wb.newWorksheet("花名册");
            Workbooks.rows(ws, 0, r("姓名", "身份证号", "困难类别", "认定日期"));
            ws.value(1, 0, "王一");
            ws.value(1, 1, new BigDecimal("330106197407120000"));
            ws.value(1, 2, "低保");
            ws.value(1, 3, LocalDate.of(2024, 3, 1));
            ws.style(1, 3).format("yyyy-mm-dd").set();
            ws.value(2, 0, "王二");
            ws.value(2, 1, ID2);
            ws.value(2, 2, "低保");
            ws.value(2, 3, LocalDate.of(2024, 3, 2));
            ws.style(2, 3).format("yyyy\"年\"m\"月\"d\"日\"").set();
        });
        ImportSheet s = read(file);
        assertEquals(List.of(new RowError(2, "身份证号", Values.ID_AS_NUMBER)), s.errors());
        assertEquals(LocalDate.of(2024, 3, 1), s.rows().get(0).date("recognizedOn"));
        assertEquals(LocalDate.of(2024, 3, 2), s.rows().get(1).date("recognizedOn"));
        assertTrue(s.rows().get(1).ok());
    }

    @Test
    void aColumnWhoseNumbersLostTheirLastDigitsIsRefusedRowByRow() {
        String csv = "姓名,身份证号,困难类别\r\n王一,330106197407120000,低保\r\n王二,330106197407130000,低保\r\n"
                + "王三," + WITH_X + ",低保\r\n";
        ImportSheet s = read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, s.errors().size(), s.errors().toString());
        assertEquals(Values.ID_AS_NUMBER, s.errors().get(0).message());
        // the one with X kept its digits (it could not be a number)
        assertTrue(s.rows().get(2).ok());
    }

    @Test
    void gbkCsvWithFullWidthDigitsAndTabsOrSemicolonsIsRead() {
        String text = "姓名;身份证号;困难类别;认定日期\r\n王一;" + toFullWidth(ID1) + ";单亲;２０２４年３月１日\r\n";
        ImportSheet s = read(text.getBytes(Charset.forName("GBK")));
        assertEquals(List.of(), s.errors());
        assertEquals(ID1, s.rows().get(0).text("idNumber"));
        assertEquals(List.of("SINGLE_PARENT"), s.rows().get(0).codes("categories"));
        assertEquals(LocalDate.of(2024, 3, 1), s.rows().get(0).date("recognizedOn"));
        String tabs = "\uFEFF姓名\t身份证号\t困难类别\r\n王一\t" + ID1 + "\t低保\r\n";
        assertEquals(ID1, read(tabs.getBytes(StandardCharsets.UTF_8)).rows().get(0).text("idNumber"));
    }

    @Test
    void aMissingRequiredColumnIsRefusedNamingItAndTheUnknownOnes() {
        WfedException e = assertThrows(WfedException.class,
                () -> read("姓名,证件,类别\r\n王一,1,低保\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("IMPORT_BAD_HEADER", e.code());
        assertTrue(e.messageZh().contains("缺少「身份证号」「困难类别」列"), e.messageZh());
        assertTrue(e.messageZh().contains("未识别的列：证件、类别"), e.messageZh());
        WfedException twice = assertThrows(WfedException.class,
                () -> read("姓名,身份证号,证件号码,困难类别\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("IMPORT_COLUMN_TWICE", twice.code());
    }

    @Test
    void exampleRowsAreSkippedAndTheirIdNumberRefusedElsewhere() {
        String csv = "姓名,身份证号,困难类别,开户银行,银行账号,认定日期\r\n"
                + "王秀英,11010519491231002X,低保,农村商业银行,=\"6228480012345678901\",2024-03-01\r\n"
                + "王一,11010519491231002X,低保,,,\r\n";
        ImportSheet s = read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, s.skippedExamples());
        assertEquals(1, s.rows().size());
        assertEquals("这是模板示例中的身份证号码，请填写真实号码", s.errors().get(0).message());
    }

    @Test
    void duplicatesInTheFileAndEmptyRequiredCellsAreReported() {
        String csv = "姓名,身份证号,困难类别\r\n王一," + ID1 + ",低保\r\n,,\r\n王二," + ID1 + ",\r\n";
        List<RowError> e = read(csv.getBytes(StandardCharsets.UTF_8)).errors();
        assertEquals(List.of(new RowError(4, "身份证号", "与第2行重复"), new RowError(4, "困难类别", "必填")), e);
    }

    @Test
    void templatesAreReadBackUnchanged() {
        ImportSheet x = read(ImportTemplates.xlsx(Layouts.ROSTER));
        assertEquals("花名册", x.sheet());
        assertEquals(List.of("花名册", "说明"), x.sheets());
        assertEquals(0, x.rows().size());
        assertEquals(Layouts.ROSTER.columns().size(), x.mapped().size());
        ImportSheet c = read(ImportTemplates.csv(Layouts.ROSTER));
        assertEquals(0, c.rows().size());
        assertEquals(1, c.skippedExamples());
    }

    private static String withX() {
        for (int seq = 2; ; seq += 2) {
            String id = org.wfed.core.IdNumber.compose("420102", LocalDate.of(1975, 5, 5), seq).value();
            if (id.endsWith("X")) {
                return id;
            }
        }
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            b.append(Character.isLetterOrDigit(ch) ? (char) (ch - '0' + '０') : ch);
        }
        return b.toString().replace((char) ('X' - '0' + '０'), 'Ｘ');
    }
}
