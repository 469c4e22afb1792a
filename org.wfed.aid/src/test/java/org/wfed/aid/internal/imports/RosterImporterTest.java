package org.wfed.aid.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wfed.core.IdNumber;
import org.wfed.core.imports.CodeList;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.ImportSheet;
import org.wfed.core.imports.RowError;

class RosterImporterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final CodeList CATEGORIES = CodeList.of(List.of(
            new CodeList.Code("DIBAO", "低保", List.of("低保户")), new CodeList.Code("TEKUN", "特困供养", List.of("五保户")),
            new CodeList.Code("SINGLE_PARENT", "单亲家庭", List.of()), new CodeList.Code("DISABLED", "残疾", List.of("Disabled"))));
    private static final RosterImporter IMPORTER = new RosterImporter(CATEGORIES, 1, null, null, TODAY);
    private static final String WOMAN = IdNumber.compose("110105", LocalDate.of(1970, 5, 1), 22).value();

    private static ImportSheet read(String csv) {
        return ImportSheet.read(csv.getBytes(StandardCharsets.UTF_8), IMPORTER.layout(), null, TODAY);
    }

    @Test
    void shortNamesAndSynonymsAClerkWritesAreRead() {
        ImportSheet s = read("姓名,身份证号码,困难类型,银行卡号,认定时间\r\n王秀英," + WOMAN.toLowerCase() + ",特困、单亲、五保户,"
                + "6228 4800 1234 5678 901,2024年3月1日\r\n");
        assertEquals(List.of(), s.errors());
        ImportRow row = s.rows().get(0);
        RosterEntry e = IMPORTER.entry(row);
        assertEquals(WOMAN, e.idNumber());
        assertEquals(List.of("TEKUN", "SINGLE_PARENT"), e.categories());
        assertEquals("6228480012345678901", e.bankAccount());
        assertEquals(LocalDate.of(2024, 3, 1), e.recognizedOn());
        assertTrue(!row.present("household"), "an absent column is not an empty one");
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumn() {
        String bad = WOMAN.substring(0, 17) + (WOMAN.charAt(17) == '1' ? '2' : '1');
        ImportSheet s = read("姓名,身份证号,困难类别,认定日期\r\n甲," + bad + ",低保,\r\n乙," + WOMAN + ",富裕,\r\n丙," + WOMAN
                + ",低保,2026-07-01\r\n");
        List<RowError> e = s.errors();
        assertEquals(new RowError(2, "身份证号", "身份证号码无效：校验位错误"), e.get(0));
        assertEquals(new RowError(3, "困难类别", "未知的困难类别：富裕（可填：低保、特困供养、单亲家庭、残疾）"), e.get(1));
        assertEquals(new RowError(4, "身份证号", "与第3行重复"), e.get(2));
        assertEquals(new RowError(4, "认定日期", "日期不能晚于今天"), e.get(3));
    }
}
