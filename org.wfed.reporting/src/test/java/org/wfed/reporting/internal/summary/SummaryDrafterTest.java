package org.wfed.reporting.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.ReportSection;

class SummaryDrafterTest {

    record Section(String id, String section, int order, String titleZh, List<String> paragraphsZh) implements ReportSection {
    }

    record Plain(String id, String nameZh, String unitZh, String section) implements Indicator {
        @Override public String nameEn() { return id; }
        @Override public Map<Long, Long> compute(Scope scope, Period period) { return Map.of(); }
    }

    @Test
    void withNothingPresentEverySectionGetsAStubInTheGenresOrder() {
        List<SummaryDrafter.Draft> drafts = SummaryDrafter.draft(List.of(), List.of());
        assertEquals(ReportSection.SECTIONS, drafts.stream().map(SummaryDrafter.Draft::section).toList());
        assertTrue(drafts.stream().allMatch(d -> d.source().equals(SummaryDrafter.STUB)));
        assertTrue(drafts.get(0).template().startsWith("{year}年，{unit}"));
    }

    @Test
    void withOnlyElectionsTheOrganisationSectionIsTheirsAndTheRestStubs() {
        Section elections = new Section("elections.summary", "organisation", 10, "换届选举",
                List.of("换届选举产生执委{elections.members}名，其中主席{elections.chairs}名。", "第二段"));
        List<SummaryDrafter.Draft> drafts = SummaryDrafter.draft(List.of(elections), List.of());
        assertEquals(10, drafts.size());
        assertEquals("elections.summary", drafts.get(1).source());
        assertEquals("第二段", drafts.get(2).template());
        assertEquals("outreach", drafts.get(3).section());
        assertEquals(SummaryDrafter.STUB, drafts.get(3).source());
    }

    @Test
    void aSectionWithFiguresButNoProseListsThem() {
        List<SummaryDrafter.Draft> drafts = SummaryDrafter.draft(List.of(),
                List.of(new Plain("activities.trainings", "开展培训", "批次", "outreach"),
                        new Plain("activities.trainees", "培训妇女", "人次", "outreach")));
        SummaryDrafter.Draft outreach = drafts.get(2);
        assertEquals(SummaryDrafter.INDICATORS, outreach.source());
        assertEquals("全年开展培训{activities.trainings}批次，培训妇女{activities.trainees}人次。", outreach.template());
    }

    @Test
    void headingsAreNumberedOverTheSectionsStated() {
        assertEquals("", SummaryDrafter.heading("guiding", 1));
        assertEquals("一、健全组织，夯实基础，加强妇联组织建设", SummaryDrafter.heading("organisation", 1));
        assertEquals("三、存在的问题和不足", SummaryDrafter.heading("problems", 3), "numbered by place, not by the genre's list");
        assertEquals("存在的问题和不足", SummaryDrafter.heading("problems", 0));
    }
}
