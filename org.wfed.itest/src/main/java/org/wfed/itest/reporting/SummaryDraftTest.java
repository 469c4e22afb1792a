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
        assertEquals("", section(s, "guiding").path("heading").asText());
        // nothing was recorded: the modules' sentences state nothing and are left out, with their sections;
        // the headings are numbered over the sections the summary states
        assertTrue(section(s, "care").path("empty").asBoolean(), section(s, "care").toString());
        assertTrue(section(s, "care").path("paragraphs").get(0).path("omitted").asBoolean());
        assertTrue(section(s, "plan").path("heading").asText().endsWith("、2026年工作打算"), section(s, "plan").toString());
        assertFalse(section(s, "plan").path("heading").asText().startsWith("八"), "numbered over what is stated");
        String all = Drafts.text(s);
        for (String never : List.of("—", "null", "{", "0名", "0户", "0人", "0场次")) {
            assertFalse(all.contains(never), "a draft of nothing never prints " + never + ": " + all);
        }
        assertTrue(s.path("unfilled").asInt() >= 1, "the hints staff still have to fill");
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
        assertEquals("共推选出84户清洁家庭。", p.path("text").asText(), "the clause no module can fill is left out");
        JsonNode chip = p.path("parts").get(1);
        assertEquals("itsum.clean", chip.path("indicatorId").asText());
        assertEquals("84", chip.path("text").asText());
        assertTrue(p.path("sentences").get(0).path("reason").asText().contains("itsum.gone"), p.toString());
        assertTrue(s.path("figures").toString().contains("\"text\":\"5000.5元\""), "money in yuan: " + s.path("figures"));
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
    void anEditNamingNoFigureIsRefusedWithTheNearestAndHintsCannotBeSubmitted() {
        long street = tree.unit(tree.top(), "STREET", "筛查街道");
        plugin.indicator(new TestIndicators.Recorded("itsum.screened", "实查", "人", "care")).add(street, "2025-05-01", 12);
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", street, "year", 2025)).expect(201).body();
        JsonNode p = section(s, "problems").path("paragraphs").get(0);
        String url = "reporting/summaries/" + s.path("id").asLong() + "/paragraphs/" + p.path("id").asLong();
        Api.Reply typo = admin.put(url, Map.of("template", "实查{itsum.screend}人。", "version", p.path("version").asInt())).expect(400);
        assertEquals("template", typo.body().path("fields").get(0).path("field").asText());
        assertTrue(typo.body().path("fields").get(0).path("message").asText().contains("{itsum.screened}"), typo.body().toString());
        assertEquals(400, admin.put(url, Map.of("template", "实查{itsum.screened@mine}人。", "version", p.path("version").asInt())).status());
        assertEquals(400, admin.put(url, Map.of("template", "实查{itsum.screened[X]}人。", "version", p.path("version").asInt())).status(),
                "a figure without a breakdown has no member");
        assertTrue(s.path("unfilled").asInt() > 0);
        assertEquals("SUMMARY_UNFILLED", admin.post("reporting/approval/" + s.path("id").asLong() + "/submit",
                Map.of("version", s.path("version").asInt())).expect(409).code());
    }

    @Test
    void aSentenceLeftOutCanBePutBackAndAParagraphCanStateTheUnitsOwnRecords() {
        long street = tree.unit(tree.top(), "STREET", "本级街道");
        long community = tree.unit(street, "COMMUNITY", "本级社区");
        plugin.indicator(new TestIndicators.Recorded("itsum.posts", "推文", "篇", "outreach")).add(street, "2025-03-01", 160)
                .add(community, "2025-03-02", 259);
        plugin.indicator(new TestIndicators.Recorded("itsum.none", "讲座", "场次", "outreach"));
        plugin.section(new TestIndicators.Section("itsum.outreach", "outreach", "宣传",
                List.of("发布推文{itsum.posts}篇。开展讲座{itsum.none}场次。")));
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", street, "year", 2025)).expect(201).body();
        assertTrue(s.path("hasChildren").asBoolean());
        JsonNode p = section(s, "outreach").path("paragraphs").get(0);
        assertEquals("发布推文419篇。", p.path("text").asText(), "the subtree by default; the lecture sentence states nothing");
        assertEquals("SUBTREE", p.path("sentences").get(0).path("reach").asText());
        assertTrue(p.path("sentences").get(1).path("omitted").asBoolean());
        String url = "reporting/summaries/" + s.path("id").asLong() + "/paragraphs/" + p.path("id").asLong();
        JsonNode own = admin.put(url, Map.of("template", p.path("template").asText(), "version", p.path("version").asInt(),
                "reach", "OWN")).expect(200).body();
        p = section(own, "outreach").path("paragraphs").get(0);
        assertEquals("发布推文160篇。", p.path("text").asText(), "the street's own account");
        assertEquals("OWN", p.path("sentences").get(0).path("reach").asText());
        JsonNode back = admin.put(url, Map.of("template", p.path("template").asText(), "version", p.path("version").asInt(),
                "showEmpty", true)).expect(200).body();
        assertEquals("发布推文160篇。开展讲座0场次。", section(back, "outreach").path("paragraphs").get(0).path("text").asText());
        assertEquals("发布推文419篇。", text(admin.put(url, Map.of("template", "发布推文{itsum.posts@subtree}篇。", "version",
                section(back, "outreach").path("paragraphs").get(0).path("version").asInt(), "showEmpty", false)).expect(200).body()));
    }

    private static String text(JsonNode summary) {
        return section(summary, "outreach").path("paragraphs").get(0).path("text").asText();
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
