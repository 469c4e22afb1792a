package org.wfed.reporting.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wfed.reporting.dto.Figure;
import org.wfed.reporting.dto.Part;

class PlaceholderRendererTest {
    private static final Map<String, Figure> FIGURES = Map.of(
            "activities.trainings", new Figure("activities.trainings", "培训批次", "批次", 8L, null, "8"),
            "aid.screeningRate", new Figure("aid.screeningRate", "筛查率", "%", null, 52.3, "52.3%"));
    private static final Map<String, String> BUILTINS = Map.of("year", "2025", "unit", "xx街道妇联");

    @Test
    void figuresBecomeLinkedPartsBetweenProse() {
        List<Part> parts = PlaceholderRenderer.render("全年开展各类培训{activities.trainings}批次。", BUILTINS, FIGURES);
        assertEquals(3, parts.size());
        assertEquals("全年开展各类培训", parts.get(0).text());
        assertNull(parts.get(0).indicatorId());
        assertEquals("activities.trainings", parts.get(1).indicatorId());
        assertEquals("8", parts.get(1).text());
        assertEquals("培训批次", parts.get(1).nameZh());
        assertEquals("全年开展各类培训8批次。", PlaceholderRenderer.text(parts));
    }

    @Test
    void builtInWordsMergeIntoTheProse() {
        List<Part> parts = PlaceholderRenderer.render("{year}年，{unit}筛查率{aid.screeningRate}。", BUILTINS, FIGURES);
        assertEquals("2025年，xx街道妇联筛查率", parts.get(0).text());
        assertEquals("52.3%", parts.get(1).text());
        assertEquals(3, parts.size());
    }

    @Test
    void anIndicatorNoBundleProvidesStaysVisibleAndMarkedMissing() {
        List<Part> parts = PlaceholderRenderer.render("换届选举产生执委{elections.members}名", BUILTINS, FIGURES);
        Part missing = parts.get(1);
        assertTrue(missing.missing());
        assertEquals("{elections.members}", missing.text());
        assertEquals("elections.members", missing.indicatorId());
    }

    @Test
    void bracesThatAreNoIdStayProse() {
        List<Part> parts = PlaceholderRenderer.render("集合{ }与{1a}和{}", BUILTINS, FIGURES);
        assertEquals(1, parts.size());
        assertFalse(parts.get(0).missing());
        assertEquals("集合{ }与{1a}和{}", parts.get(0).text());
    }

    @Test
    void listsThePlaceholdersOnce() {
        assertEquals(Set.of("a.b", "c"), PlaceholderRenderer.placeholders("{a.b}{c}{a.b}"));
    }

    @Test
    void moneyReadsInYuanAndRatesAsPercent() {
        assertEquals("5000", FigureFormat.amount(500000L, "元"));
        assertEquals("5000.5", FigureFormat.amount(500050L, "元"));
        assertEquals("307", FigureFormat.amount(307L, "人"));
        assertEquals("—", FigureFormat.amount(null, "人"));
        assertEquals("50%", FigureFormat.rate(50.0));
        assertEquals("41.7%", FigureFormat.rate(41.7));
        assertEquals("—", FigureFormat.rate(null));
    }
}
