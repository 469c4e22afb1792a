package org.wfed.aid.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wfed.aid.dto.CancerSite;
import org.wfed.aid.dto.EligibilityRules;
import org.wfed.core.dto.Sex;

class EligibilityCheckTest {

    private static final EligibilityCheck CHECK = new EligibilityCheck(Map.of("DIBAO", "低保", "TEKUN", "特困供养"));
    private static final EligibilityRules TWO_CANCERS = new EligibilityRules(List.of("DIBAO", "TEKUN"), Sex.F, null, null,
            true, 0, List.of(), true);
    private static final Candidate.DiagnosisFact CERVICAL_IIB = new Candidate.DiagnosisFact(CancerSite.CERVICAL, "IIB", false);

    private static Candidate woman(int age, Set<String> categories, List<PastAid> history, List<Candidate.DiagnosisFact> dx) {
        return new Candidate(Sex.F, age, categories, history, dx);
    }

    @Test
    void lowIncomeWomanWithCervicalCancerIIBIsEligible() {
        assertEquals(List.of(), CHECK.reasons("TCA", "两癌救助", TWO_CANCERS, woman(50, Set.of("DIBAO"), List.of(),
                List.of(CERVICAL_IIB)), 2026));
    }

    @Test
    void twoCancersAidIsOncePerLifetime() {
        List<String> r = CHECK.reasons("TCA", "两癌救助", TWO_CANCERS, woman(50, Set.of("DIBAO"),
                List.of(new PastAid("TCA", "两癌救助", 2019)), List.of(CERVICAL_IIB)), 2026);
        assertEquals(1, r.size());
        assertTrue(r.get(0).contains("终身限享受一次"), r.get(0));
        assertTrue(r.get(0).contains("2019"), r.get(0));
    }

    @Test
    void earlyCervicalStageOrNonInvasiveBreastDoesNotQualify() {
        List<String> r = CHECK.reasons("TCA", "两癌救助", TWO_CANCERS, woman(50, Set.of("TEKUN"), List.of(),
                List.of(new Candidate.DiagnosisFact(CancerSite.CERVICAL, "IIA2", false),
                        new Candidate.DiagnosisFact(CancerSite.BREAST, null, false))), 2026);
        assertEquals(List.of("缺少符合条件的确诊记录（宫颈癌IIB期及以上或浸润性乳腺癌）"), r);
        assertEquals(List.of(), CHECK.reasons("TCA", "两癌救助", TWO_CANCERS, woman(50, Set.of("TEKUN"), List.of(),
                List.of(new Candidate.DiagnosisFact(CancerSite.BREAST, null, true))), 2026));
    }

    @Test
    void categoryAndSexAreChecked() {
        List<String> r = CHECK.reasons("TCA", "两癌救助", TWO_CANCERS,
                new Candidate(Sex.M, 50, Set.of(), List.of(), List.of(CERVICAL_IIB)), 2026);
        assertEquals(List.of("不属于本项目的救助对象类别（需为低保、特困供养之一）", "本项目仅限女性"), r);
    }

    @Test
    void ageRangeIsInclusive() {
        EligibilityRules girls = new EligibilityRules(List.of(), Sex.F, 6, 18, false, 0, List.of(), false);
        assertEquals(List.of(), CHECK.reasons("BUD", "春蕾计划", girls, woman(18, Set.of(), List.of(), List.of()), 2026));
        assertEquals(List.of(), CHECK.reasons("BUD", "春蕾计划", girls, woman(6, Set.of(), List.of(), List.of()), 2026));
        assertEquals(List.of("按申请日期计，年龄不在本项目的年龄范围（6–18岁）内"),
                CHECK.reasons("BUD", "春蕾计划", girls, woman(19, Set.of(), List.of(), List.of()), 2026));
    }

    @Test
    void notAidedInLastYearsLooksAcrossNamedProgrammes() {
        EligibilityRules dream = new EligibilityRules(List.of(), null, null, null, false, 2, List.of("DREAM", "BUD"), false);
        List<String> r = CHECK.reasons("DREAM", "圆梦助学", dream, woman(18, Set.of(),
                List.of(new PastAid("BUD", "春蕾计划", 2025)), List.of()), 2026);
        assertEquals(List.of("近2年内已获得救助（2025年「春蕾计划」），本年度不能再申请"), r);
        // three years back is outside the window, another programme is not named
        assertEquals(List.of(), CHECK.reasons("DREAM", "圆梦助学", dream, woman(18, Set.of(),
                List.of(new PastAid("BUD", "春蕾计划", 2023), new PastAid("VISIT", "节日慰问", 2025)), List.of()), 2026));
    }

    @Test
    void sameProgrammeOncePerYear() {
        EligibilityRules any = new EligibilityRules(List.of(), null, null, null, false, 0, List.of(), false);
        assertEquals(1, CHECK.reasons("VISIT", "节日慰问", any, woman(70, Set.of(),
                List.of(new PastAid("VISIT", "节日慰问", 2026)), List.of()), 2026).size());
        assertEquals(0, CHECK.reasons("VISIT", "节日慰问", any, woman(70, Set.of(),
                List.of(new PastAid("VISIT", "节日慰问", 2025)), List.of()), 2026).size());
    }

    @Test
    void cervicalStagesFromIIBUpQualify() {
        for (String s : List.of("IIB", "iib", "IIIA", "IIIC1", "IVB", "3", "IIB期")) {
            assertTrue(CancerStages.cervicalAtLeastIIB(s), s);
        }
        for (String s : List.of("IA1", "IB3", "IIA", "IIA2", "CIN3", "", "2A")) {
            assertFalse(CancerStages.cervicalAtLeastIIB(s), s);
        }
    }
}
