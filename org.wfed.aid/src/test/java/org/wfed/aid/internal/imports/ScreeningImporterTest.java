package org.wfed.aid.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wfed.aid.dto.Campaign;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.CervicalMethod;
import org.wfed.aid.dto.ScreenResult;
import org.wfed.core.IdNumber;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.ImportSheet;
import org.wfed.core.imports.RowError;

class ScreeningImporterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String HEADER = "姓名,身份证号,筛查项目,筛查日期,检查结果,宫颈检查方法,乳腺超声BI-RADS,乳腺X线结果,知情同意日期\r\n";
    private static final String WOMAN = IdNumber.compose("110105", LocalDate.of(1970, 5, 1), 22).value();
    private static final String OTHER = IdNumber.compose("110105", LocalDate.of(1972, 5, 1), 24).value();

    /** The rows of a file as the import service checks them: cells by type, then the importer's own checks. */
    private static List<ScreeningEntry> entries(String csv, List<RowError> errors) {
        ScreeningImporter importer = new ScreeningImporter(new Campaign(1, 1, 2026, "x", 35, 64, 2, 30, 0, 0, 0, 0, 0),
                false, null, null, null, null, null, null);
        ImportSheet s = ImportSheet.read((HEADER + csv).getBytes(StandardCharsets.UTF_8), importer.layout(), null, TODAY);
        List<ScreeningEntry> out = new ArrayList<>();
        for (ImportRow r : s.rows()) {
            if (r.ok()) {
                ScreeningEntry e = importer.entry(r);
                if (r.ok()) {
                    out.add(e);
                }
            }
        }
        errors.addAll(s.errors());
        return out;
    }

    @Test
    void valuesAreReadByTheirUsualChineseNames() {
        List<RowError> errors = new ArrayList<>();
        List<ScreeningEntry> e = entries("王秀英," + WOMAN + ",宫颈,2026/4/12,阴性,宫颈细胞学,,,\r\n"
                + "王秀英," + WOMAN + ",乳腺癌,2026-04-12,未见异常,,BI-RADS 3类,未见异常,2026-04-01\r\n", errors);
        assertEquals(List.of(), errors);
        assertEquals(CancerSite.CERVICAL, e.get(0).site());
        assertEquals(CervicalMethod.TBS, e.get(0).method());
        assertEquals(ScreenResult.NORMAL, e.get(0).result());
        assertEquals(LocalDate.of(2026, 4, 12), e.get(0).consentOn(), "consent defaults to the screening day");
        assertEquals("3", e.get(1).birads());
    }

    @Test
    void theFormsRulesAndTheCampaignYearApplyToEachRow() {
        List<RowError> errors = new ArrayList<>();
        entries("甲," + WOMAN + ",乳腺癌,2026-04-12,未见异常,,0,,\r\n"
                + "乙," + WOMAN + ",宫颈癌,2025-12-30,未见异常,HPV,,,\r\n"
                + "丙," + OTHER + ",宫颈癌,2026-04-12,未见异常,,,,\r\n"
                + "丁," + WOMAN + ",肺癌,2026-04-12,未见异常,,,,\r\n", errors);
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        assertEquals(4, errors.size(), errors.toString());
        assertEquals("乳腺X线结果", errors.get(0).column());
        assertTrue(errors.get(1).message().contains("2026年内"));
        assertEquals("宫颈检查方法", errors.get(2).column());
        assertTrue(errors.get(3).message().contains("未知的筛查项目：肺癌（可填：宫颈癌、乳腺癌）"), errors.get(3).message());
    }
}
