package org.wfed.aid.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.CervicalMethod;
import org.wfed.aid.dto.ScreenResult;
import org.wfed.core.IdNumber;

class ScreeningCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ScreeningCheck CHECK = new ScreeningCheck(TODAY, 2026);
    private static final List<String> HEADER = ScreeningCheck.COLUMNS;
    private static final String WOMAN = IdNumber.compose("110105", LocalDate.of(1970, 5, 1), 22).value();
    private static final String OTHER = IdNumber.compose("110105", LocalDate.of(1972, 5, 1), 24).value();

    @Test
    void valuesAreReadByTheirUsualChineseNames() {
        Checked<ScreeningEntry> r = CHECK.check(List.of(HEADER,
                List.of("王秀英", WOMAN, "宫颈", "2026/4/12", "阴性", "宫颈细胞学", "", "", ""),
                List.of("王秀英", WOMAN, "乳腺癌", "2026-04-12", "未见异常", "", "BI-RADS 3类", "未见异常", "2026-04-01")));
        assertEquals(List.of(), r.errors());
        ScreeningEntry cervical = r.entries().get(0);
        assertEquals(CancerSite.CERVICAL, cervical.site());
        assertEquals(CervicalMethod.TBS, cervical.method());
        assertEquals(ScreenResult.NORMAL, cervical.result());
        assertEquals(LocalDate.of(2026, 4, 12), cervical.consentOn(), "consent defaults to the screening day");
        assertEquals("3", r.entries().get(1).birads());
    }

    @Test
    void theFormsRulesAndTheCampaignYearApplyToEachRow() {
        Checked<ScreeningEntry> r = CHECK.check(List.of(HEADER,
                List.of("甲", WOMAN, "乳腺癌", "2026-04-12", "未见异常", "", "0", "", ""),
                List.of("乙", WOMAN, "宫颈癌", "2025-12-30", "未见异常", "HPV", "", "", ""),
                List.of("丙", OTHER, "宫颈癌", "2026-04-12", "未见异常", "", "", "", ""),
                List.of("丁", WOMAN, "肺癌", "2026-04-12", "未见异常", "", "", "", "")));
        assertEquals(4, r.errors().size(), r.errors().toString());
        assertEquals("乳腺X线结果", r.errors().get(0).column());
        assertTrue(r.errors().get(1).message().contains("2026年内"));
        assertEquals("宫颈检查方法", r.errors().get(2).column());
        assertTrue(r.errors().get(3).message().contains("未知的筛查项目：肺癌"));
    }
}
