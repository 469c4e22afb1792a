package org.wfed.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ImportColumn ID = Layouts.ROSTER.column("idNumber");
    private static final ImportColumn ACCOUNT = Layouts.ROSTER.column("bankAccount");
    private static final ImportColumn DAY = Layouts.ROSTER.column("recognizedOn");
    private static final ImportColumn CATEGORIES = Layouts.ROSTER.column("categories");

    private static Object read(ImportColumn c, String raw, CellKind kind) {
        return Values.read(c, raw, kind, TODAY, false);
    }

    private static String problem(Object v) {
        return assertInstanceOf(Values.Problem.class, v).message();
    }

    @Test
    void fullWidthDigitsSpacesNoBreakSpacesAndApostrophesAreReadAsTheClerkSeesThem() {
        assertEquals("11010519491231002X", read(ID, "１１０１０５１９４９１２３１００２Ｘ", CellKind.TEXT));
        assertEquals("11010519491231002X", read(ID, "11010519491231002x\u00A0", CellKind.TEXT));
        assertEquals("11010519491231002X", read(ID, "'11010519491231002X", CellKind.TEXT));
        assertEquals("11010519491231002X", read(ID, " 110105 19491231 002X\u3000", CellKind.TEXT));
        assertEquals("11010519491231002X", read(ID, "=\"11010519491231002X\"", CellKind.TEXT));
    }

    @Test
    void anIdNumberStoredAsANumberIsRefusedNeverCorrected() {
        String message = "身份证号码列被存成了数字，末几位已丢失；请把该列设为'文本'后重新填写";
        assertEquals(message, problem(read(ID, "3.3010619740712E+17", CellKind.NUMBER)));
        assertEquals(message, problem(read(ID, "330106197407120000", CellKind.NUMBER)));
        assertEquals(message, problem(read(ID, "3.3010619740712E+017", CellKind.TEXT)));
        // a column whose long numbers end in zeros lost its digits, even if one passes the check digit
        assertEquals(message, problem(Values.read(ID, "330106197407120000", CellKind.TEXT, TODAY, true)));
        assertTrue(problem(read(ID, "110105194912310021", CellKind.TEXT)).contains("校验位错误"));
    }

    @Test
    void aBankAccountThatLostDigitsIsRefusedAndAShortNumberIsKept() {
        assertEquals("银行账号列被存成了数字，末几位已丢失；请把该列设为'文本'后重新填写",
                problem(read(ACCOUNT, "6.22848001234568E+18", CellKind.NUMBER)));
        assertEquals("622848001234", read(ACCOUNT, "622848001234", CellKind.NUMBER));
        assertEquals("6228480012345678901", read(ACCOUNT, "6228 4800 1234 5678 901", CellKind.TEXT));
        assertTrue(problem(read(ACCOUNT, "62284800", CellKind.TEXT)).contains("12–30位"));
    }

    @Test
    void datesInEveryUsualFormAndDateCells() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        for (String s : List.of("2024-03-01", "2024-3-1", "2024/3/1", "2024.3.1", "2024年3月1日", "20240301",
                "２０２４年３月１日", "2024-03-01 00:00:00", " 2024/03/01 ")) {
            assertEquals(d, read(DAY, s, CellKind.TEXT), s);
        }
        assertEquals(d, read(DAY, "2024-03-01", CellKind.DATE));
        assertEquals(d, read(DAY, "45352", CellKind.NUMBER), "a day number shown as a date");
        assertEquals(d, read(DAY, "20240301", CellKind.NUMBER));
        assertEquals("日期不存在：2024-02-30", problem(read(DAY, "2024-02-30", CellKind.TEXT)));
        assertEquals("日期不能晚于今天", problem(read(DAY, "2026-06-02", CellKind.TEXT)));
        assertTrue(problem(read(DAY, "三月一日", CellKind.TEXT)).startsWith("日期格式不正确"));
        // the range every date of wfed keeps (docs/security.md), in a file as in a form
        assertEquals("日期应在1900-01-01至2100-12-31之间：1024-03-01", problem(read(DAY, "1024-03-01", CellKind.TEXT)));
        assertEquals("日期应在1900-01-01至2100-12-31之间：18991231", problem(read(DAY, "18991231", CellKind.NUMBER)));
        assertEquals(LocalDate.of(1900, 1, 1), read(DAY, "1900-01-01", CellKind.TEXT));
    }

    @Test
    void categoriesByNameCodeSynonymOrShortNameAndOthersRefusedWithTheAcceptedList() {
        assertEquals(List.of("TEKUN", "SINGLE_PARENT"), read(CATEGORIES, "特困、单亲", CellKind.TEXT));
        assertEquals(List.of("DIBAO", "DISABLED"), read(CATEGORIES, "低保户，残疾人", CellKind.TEXT));
        assertEquals(List.of("DIBAO"), read(CATEGORIES, "dibao", CellKind.TEXT));
        assertEquals(List.of("DIBAO_EDGE"), read(CATEGORIES, "低保边", CellKind.TEXT), "a unique start of a name");
        assertEquals("未知的困难类别：土豪（可填：低保、特困供养、低保边缘、单亲家庭、残疾）",
                problem(read(CATEGORIES, "土豪", CellKind.TEXT)));
        assertNull(Layouts.CATEGORIES.resolve("低"), "one character names nothing");
    }
}
