package org.wfed.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void validNumberGivesBirthDateAndSex() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals('F', id.sex());
        assertEquals("110105************", id.masked());
    }

    @Test
    void lowerCaseCheckCharacterIsAccepted() {
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002x").value());
    }

    @Test
    void wrongCheckDigitIsRefused() {
        assertEquals("校验位错误", IdNumber.problem("110105194912310021"));
        WfedException e = assertThrows(WfedException.class, () -> IdNumber.parse("110105194912310021"));
        assertEquals(400, e.status());
        assertEquals("INVALID_ID_NUMBER", e.code());
    }

    @Test
    void impossibleBirthDateIsRefused() {
        assertEquals("出生日期不存在", IdNumber.problem("110105194902300020"));
    }

    @Test
    void legacyFifteenDigitNumberBecomesEighteen() {
        IdNumber id = IdNumber.parse("110105491231002");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
    }

    @Test
    void areaCodeIsNotCheckedAgainstCurrentCodes() {
        assertNull(IdNumber.problem(IdNumber.compose("999999", LocalDate.of(1980, 1, 1), 12).value()));
    }

    @Test
    void wrongLengthIsRefused() {
        assertEquals("应为18位（或15位旧号码）", IdNumber.problem("12345"));
    }
}
