package org.wfed.reporting.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormValidationTest {
    private static final String FORM = """
            # a comment
            id: screening
            title: 两癌筛查情况统计表
            columns: 宫颈癌 | 乳腺癌
            row: 应查人数 | aid.cervicalDue | aid.breastDue
            row: 实查人数 | aid.cervicalScreened | -
            check: aid.cervicalDue >= aid.cervicalScreened | 实查人数不能多于应查人数
            check: aid.breastDue > 0
            """;

    @Test
    void readsRowsCellsAndChecks() {
        FormDefinition f = FormParser.parse(FORM);
        assertEquals("screening", f.id());
        assertEquals(List.of("宫颈癌", "乳腺癌"), f.columns());
        assertEquals(Arrays.asList("aid.cervicalScreened", null), f.rows().get(1).cells());
        assertEquals("aid.cervicalDue >= aid.cervicalScreened", f.checks().get(0).formula());
        assertEquals("实查人数不能多于应查人数", f.checks().get(0).message());
        assertEquals("aid.breastDue > 0", f.checks().get(1).message());
    }

    @Test
    void dueMustBeAtLeastScreened() {
        FormDefinition.Check check = FormParser.parse(FORM).checks().get(0);
        assertTrue(FormCheck.evaluate(check, values(100, 80), Set.of()).passed());
        assertTrue(FormCheck.evaluate(check, values(80, 80), Set.of()).passed());
        assertFalse(FormCheck.evaluate(check, values(70, 80), Set.of()).passed());
    }

    @Test
    void anAbsentIndicatorFailsItsCheckAndSaysWhich() {
        FormDefinition.Check check = FormParser.parse(FORM).checks().get(0);
        Map<String, BigDecimal> partial = new HashMap<>();
        partial.put("aid.cervicalDue", BigDecimal.valueOf(5));
        FormCheck.Outcome outcome = FormCheck.evaluate(check, partial, Set.of("aid.cervicalScreened"));
        assertFalse(outcome.passed());
        assertTrue(outcome.reason().contains("aid.cervicalScreened"), outcome.reason());
    }

    @Test
    void aFigureWithoutValueFailsItsCheck() {
        FormDefinition.Check rate = new FormDefinition.Check("aid.rate", ">=", "50", "筛查率应达到50%");
        Map<String, BigDecimal> none = new HashMap<>();
        none.put("aid.rate", null);
        FormCheck.Outcome outcome = FormCheck.evaluate(rate, none, Set.of());
        assertFalse(outcome.passed(), "a rate of nothing is not 'passed'");
        assertTrue(outcome.reason().startsWith("无法校验"), outcome.reason());
    }

    @Test
    void comparesWithNumbersAndRates() {
        FormDefinition.Check positive = FormParser.parse(FORM).checks().get(1);
        assertFalse(FormCheck.evaluate(positive, Map.of("aid.breastDue", BigDecimal.ZERO), Set.of()).passed());
        FormDefinition.Check rate = new FormDefinition.Check("aid.rate", ">=", "50", "筛查率应达到50%");
        assertTrue(FormCheck.evaluate(rate, Map.of("aid.rate", new BigDecimal("52.3")), Set.of()).passed());
        assertFalse(FormCheck.evaluate(rate, Map.of("aid.rate", new BigDecimal("41.7")), Set.of()).passed());
    }

    @Test
    void cellsAndChecksNameMembersAndReaches() {
        FormDefinition f = FormParser.parse("id: x\ntitle: t\ncolumns: a\nrow: 两癌救助金额 | aid.amountPaid[TWO_CANCERS_AID]\n"
                + "row: 本级推文 | activities.wechatPosts@own\ncheck: activities.wechatPosts@own <= activities.wechatPosts | 本级不多于合计");
        assertEquals(List.of("aid.amountPaid[TWO_CANCERS_AID]"), f.rows().get(0).cells());
        assertEquals("activities.wechatPosts@own", f.checks().get(0).left());
    }

    @Test
    void rejectsMalformedDefinitions() {
        assertThrows(IllegalArgumentException.class, () -> FormParser.parse("id: x\ntitle: t\ncolumns: a\nrow: only label"));
        assertThrows(IllegalArgumentException.class, () -> FormParser.parse("id: x\ntitle: t\ncolumns: a\ncheck: a.b ~ c"));
        assertThrows(IllegalArgumentException.class, () -> FormParser.parse("id: x\ntitle: t\ncolumns: a\nrow: l | 1 + 1"));
        assertThrows(IllegalArgumentException.class, () -> FormParser.parse("title: no id\ncolumns: a"));
    }

    @Test
    void theShippedFormParses() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/forms/01-women-children.form")) {
            FormDefinition f = FormParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals("women-children", f.id());
            assertTrue(f.checks().size() >= 3);
        }
    }

    private static Map<String, BigDecimal> values(long due, long screened) {
        return Map.of("aid.cervicalDue", BigDecimal.valueOf(due), "aid.cervicalScreened", BigDecimal.valueOf(screened));
    }
}
