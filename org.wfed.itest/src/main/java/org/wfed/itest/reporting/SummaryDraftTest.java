package org.wfed.itest.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** The annual summary is drafted from whatever indicators and sections are present, edited and refreshed. */
class SummaryDraftTest {
    private static TestTree tree;
    private static Api admin;
    private final TestIndicators plugin = new TestIndicators();

    @BeforeAll
    static void up() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        tree = new TestTree(admin);
    }

    @AfterEach
    void unregister() {
        plugin.unregisterAll();
    }

    @Test
    void draftsEverySectionInOrderWithStubsWhenNoPluginContributes() {
        long unit = tree.unit(tree.top(), "STREET", "无指标街道");
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", unit, "year", 2025)).expect(201).body();
        assertEquals("DRAFT", s.path("status").asText());
        assertEquals(List.of("guiding", "organisation", "outreach", "family", "rights", "care", "employment", "problems", "plan"),
                sections(s));
        s.path("sections").forEach(sec -> assertTrue(sec.path("paragraphs").size() > 0, sec.path("section").asText()));
        JsonNode guiding = section(s, "guiding").path("paragraphs").get(0);
        assertTrue(guiding.path("text").asText().startsWith("2025年，无指标街道" + tree.tag), guiding.path("text").asText());
        assertEquals("stub", section(s, "problems").path("paragraphs").get(0).path("source").asText());
        assertEquals("八、2026年工作打算", section(s, "plan").path("heading").asText());
        assertEquals("", section(s, "guiding").path("heading").asText());
    }

    @Test
    void fillsThePresentSectionsWithLinkedFiguresAndKeepsEditsOnRefresh() {
        long street = tree.unit(tree.top(), "STREET", "清洁街道");
        long community = tree.unit(street, "COMMUNITY", "清洁社区");
        TestIndicators.Recorded clean = plugin.indicator(new TestIndicators.Recorded("itsum.clean", "清洁家庭", "户", "family"))
                .add(community, "2025-05-01", 80).add(street, "2025-06-01", 4);
        plugin.indicator(new TestIndicators.Recorded("itsum.aidMoney", "慰问金", "元", "care")).add(community, "2025-02-01", 500050);
        plugin.section(new TestIndicators.Section("itsum.family", "family", "家庭建设",
                List.of("共推选出{itsum.clean}户清洁家庭，{itsum.gone}户文明家庭。")));

        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", street, "year", 2025)).expect(201).body();
        long id = s.path("id").asLong();
        JsonNode p = section(s, "family").path("paragraphs").get(0);
        assertEquals("itsum.family", p.path("source").asText());
        assertEquals("共推选出84户清洁家庭，{itsum.gone}户文明家庭。", p.path("text").asText());
        JsonNode chip = p.path("parts").get(1);
        assertEquals("itsum.clean", chip.path("indicatorId").asText());
        assertEquals("84", chip.path("text").asText());
        assertTrue(p.path("parts").get(3).path("missing").asBoolean(), "no plugin answers itsum.gone");
        assertTrue(s.path("figures").toString().contains("\"text\":\"5000.5\""), "money in yuan: " + s.path("figures"));
        JsonNode care = section(s, "care").path("paragraphs").get(0);
        if ("indicators".equals(care.path("source").asText())) {
            assertTrue(care.path("text").asText().contains("慰问金5000.5元"), "a section without prose lists its figures");
        }

        // staff rewrite the prose around the figure
        JsonNode edited = admin.put("reporting/summaries/" + id + "/paragraphs/" + p.path("id").asLong(),
                Map.of("template", "全年共评选清洁家庭{itsum.clean}户。", "version", p.path("version").asInt())).expect(200).body();
        assertEquals("全年共评选清洁家庭84户。", section(edited, "family").path("paragraphs").get(0).path("text").asText());
        assertEquals("VERSION_CONFLICT", admin.put("reporting/summaries/" + id + "/paragraphs/" + p.path("id").asLong(),
                Map.of("template", "旧版本", "version", p.path("version").asInt())).expect(409).code());

        // new records: the stored figures stay until refreshed, then the edited prose shows the new figure
        clean.add(community, "2025-11-11", 6);
        JsonNode before = admin.get("reporting/summaries/" + id).expect(200).body();
        assertEquals("全年共评选清洁家庭84户。", section(before, "family").path("paragraphs").get(0).path("text").asText());
        JsonNode refreshed = admin.post("reporting/summaries/" + id + "/refresh", Map.of("version", before.path("version").asInt()))
                .expect(200).body();
        assertEquals("全年共评选清洁家庭90户。", section(refreshed, "family").path("paragraphs").get(0).path("text").asText());
        assertEquals("VERSION_CONFLICT", admin.post("reporting/summaries/" + id + "/refresh",
                Map.of("version", before.path("version").asInt())).expect(409).code());

        // a paragraph of staff's own, then the same summary cannot be drafted twice
        JsonNode added = admin.post("reporting/summaries/" + id + "/paragraphs",
                Map.of("section", "problems", "template", "一是阵地建设不足。", "version", refreshed.path("version").asInt())).expect(201).body();
        JsonNode problems = section(added, "problems").path("paragraphs");
        assertEquals("一是阵地建设不足。", problems.get(problems.size() - 1).path("text").asText());
        assertEquals("SUMMARY_EXISTS", admin.post("reporting/summaries", Map.of("unitId", street, "year", 2025)).expect(409).code());
        assertEquals(1, admin.get("reporting/summaries?unitId=" + street + "&year=2025").expect(200).body().size());
    }

    @Test
    void rejectsBadInput() {
        assertEquals("VALIDATION_FAILED", admin.post("reporting/summaries", Map.of("unitId", tree.top())).expect(400).code());
        admin.post("reporting/summaries", Map.of("unitId", 99999999, "year", 2025)).expect(404);
        assertFalse(admin.postRaw("reporting/summaries", "{\"unitId\":").status() == 500);
        admin.get("reporting/summaries/99999999").expect(404);
    }

    static List<String> sections(JsonNode summary) {
        List<String> out = new ArrayList<>();
        summary.path("sections").forEach(s -> out.add(s.path("section").asText()));
        return out;
    }

    static JsonNode section(JsonNode summary, String section) {
        for (JsonNode s : summary.path("sections")) {
            if (section.equals(s.path("section").asText())) {
                return s;
            }
        }
        throw new AssertionError(section);
    }
}
