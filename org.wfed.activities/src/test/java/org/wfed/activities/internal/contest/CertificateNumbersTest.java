package org.wfed.activities.internal.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CertificateNumbersTest {

    @Test
    void theDefaultPatternReadsAsAPrintedNumber() {
        CertificateNumbers n = new CertificateNumbers(null);
        assertEquals("东湖〔2026〕清洁家庭第001号", n.number("东湖街道妇联", 2026, "清洁家庭", 1));
        assertEquals("幸福〔2026〕最美家庭第012号", n.number("幸福社区妇联", 2026, "最美家庭", 12));
        assertEquals("东湖区〔2026〕巾帼建功标兵第100号", n.number("东湖区妇女联合会", 2026, "巾帼建功标兵", 100));
    }

    @Test
    void aNameOfOnlyItsLevelIsKept() {
        assertEquals("社区", CertificateNumbers.shortName("社区妇联"));
        assertEquals("妇联", CertificateNumbers.shortName("妇联"));
    }

    @Test
    void aConfiguredPatternIsUsedAndMustNumberTheCertificates() {
        assertEquals("2026-东湖-清洁家庭-007", new CertificateNumbers("{year}-{unit}-{type}-{seq}").number("东湖街道", 2026, "清洁家庭", 7));
        assertThrows(IllegalArgumentException.class, () -> new CertificateNumbers("{unit}{year}"));
    }
}
