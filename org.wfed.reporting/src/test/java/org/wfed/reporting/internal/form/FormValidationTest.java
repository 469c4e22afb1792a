package org.wfed.reporting.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        assertTrue(FormCheck.evaluate(check, values(100, 80)));
        assertTrue(FormCheck.evaluate(check, values(80, 80)));
        assertFalse(FormCheck.evaluate(check, values(70, 80)));
    }

    @Test
    void aMissingIndicatorMakesACheckNotCheckable() {
        FormDefinition.Check check = FormParser.parse(FORM).checks().get(0);
        Map<String, Number> partial = new HashMap<>();
        partial.put("aid.cervicalDue", 5L);
        assertNull(FormCheck.evaluate(check, partial));
    }

    @Test
    void comparesWithNumbersAndRates() {
        FormDefinition.Check positive = FormParser.parse(FORM).checks().get(1);
        assertFalse(FormCheck.evaluate(positive, Map.of("aid.breastDue", 0L)));
        FormDefinition.Check rate = new FormDefinition.Check("aid.rate", ">=", "50", "筛查率应达到50%");
        assertTrue(FormCheck.evaluate(rate, Map.of("aid.rate", 52.3)));
        assertFalse(FormCheck.evaluate(rate, Map.of("aid.rate", 41.7)));
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

    private static Map<String, Number> values(long due, long screened) {
        return Map.of("aid.cervicalDue", due, "aid.cervicalScreened", screened);
    }
}
