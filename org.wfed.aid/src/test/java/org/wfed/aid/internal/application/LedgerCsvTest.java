package org.wfed.aid.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerCsvTest {

    @Test
    void cellsWithCommasAreQuotedAndFormulasDefused() {
        assertEquals("\"低保,特困\"", LedgerService.cell("低保,特困"));
        assertEquals("'=1+1", LedgerService.cell("=1+1"));
        assertEquals("\"a\"\"b\"", LedgerService.cell("a\"b"));
        assertEquals("", LedgerService.cell(null));
    }
}
