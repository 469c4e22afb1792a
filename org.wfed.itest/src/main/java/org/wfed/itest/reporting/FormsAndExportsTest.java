package org.wfed.itest.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.wfed.itest.Api;

/** The shipped statistical form fills and checks; tables and summaries download as files. */
class FormsAndExportsTest {
    private static final TestIndicators PLUGIN = new TestIndicators();
    private static Api admin;
    private static long street;

    @BeforeAll
    static void up() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        TestTree tree = new TestTree(admin);
        street = tree.unit(tree.top(), "STREET", "报表街道");
        PLUGIN.indicator(new TestIndicators.Recorded("itexp.families", "文明家庭", "户", "family")).add(street, "2025-03-03", 12);
        PLUGIN.section(new TestIndicators.Section("itexp.family", "family", "家庭", List.of("评选文明家庭{itexp.families}户。")));
    }

    @AfterAll
    static void down() {
        PLUGIN.unregisterAll();
    }

    @Test
    void theShippedFormNamesOnlyFiguresTheFullDeploymentHasAndChecksThem() {
        JsonNode list = admin.get("reporting/forms").expect(200).body();
        assertTrue(list.toString().contains("\"women-children\""), list.toString());
        JsonNode f = admin.get("reporting/forms/women-children?unitId=" + street + "&year=2025").expect(200).body();
        assertEquals(4, f.path("checks").size());
        assertTrue(f.path("rows").size() > 5);
        assertEquals("[]", f.path("absent").toString(), "every figure the form names exists");
        f.path("rows").forEach(r -> r.path("cells").forEach(c -> assertFalse(c.path("absent").asBoolean(), r.toString())));
        f.path("checks").forEach(c -> assertTrue(c.path("passed").isBoolean(), "never passed: null " + c));
        admin.get("reporting/forms/nothing?unitId=" + street + "&year=2025").expect(404);
    }

    @Test
    void aFormWhoseFiguresAreAbsentSaysSoAndItsChecksFail() throws Exception {
        ServiceComponentRuntime scr = Api.service(ServiceComponentRuntime.class);
        Bundle aid = java.util.Arrays.stream(FrameworkUtil.getBundle(FormsAndExportsTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.wfed.aid")).findFirst().orElseThrow();
        ComponentDescriptionDTO indicators = scr.getComponentDescriptionDTO(aid, "org.wfed.aid.internal.report.AidIndicators");
        scr.disableComponent(indicators).getValue();
        try {
            JsonNode f = admin.get("reporting/forms/women-children?unitId=" + street + "&year=2025").expect(200).body();
            assertTrue(f.path("absent").toString().contains("aid.screened"), f.toString());
            JsonNode row = null;
            for (JsonNode r : f.path("rows")) {
                row = r.path("cells").get(0).path("indicatorId").asText().equals("aid.screened") ? r : row;
            }
            assertTrue(row.path("cells").get(0).path("absent").asBoolean());
            assertTrue(row.path("cells").get(0).path("text").asText().contains("无此指标"), row.toString());
            JsonNode check = f.path("checks").get(0);
            assertFalse(check.path("passed").asBoolean(), check.toString());
            assertTrue(check.path("reason").asText().contains("aid.screen"), check.toString());
            assertTrue(f.path("failed").asInt() >= 2, "the page's verdict counts them: " + f);
        } finally {
            scr.enableComponent(indicators).getValue();
        }
    }

    @Test
    void tablesAndSummariesDownload() {
        Api.Reply csv = admin.get("reporting/export/table.csv?unitId=" + street + "&year=2025").expect(200);
        assertTrue(csv.raw().body().startsWith("\uFEFF"), "UTF-8 BOM");
        assertTrue(csv.raw().body().contains("文明家庭（户）"));
        assertTrue(csv.raw().body().contains("\r\n单位,单位代码,"), csv.raw().body());
        Api.Download xlsx = admin.download("reporting/export/table.xlsx?unitId=" + street + "&year=2025").expect(200);
        assertTrue(xlsx.header("Content-Type").contains("spreadsheetml"));
        java.util.List<org.wfed.core.imports.SheetRow> rows = org.wfed.core.imports.SheetFile.read(xlsx.body());
        assertTrue(rows.get(0).text(0).contains("指标统计（2025-01-01 至 2025-12-31）"), rows.get(0).toString());
        assertEquals("单位", rows.get(1).text(0));
        assertEquals("单位代码", rows.get(1).text(1));
        int column = -1;
        for (int c = 0; c < rows.get(1).size(); c++) {
            column = rows.get(1).text(c).equals("文明家庭（户）") ? c : column;
        }
        assertTrue(column > 1, rows.get(1).toString());
        org.wfed.core.imports.SheetRow total = rows.get(rows.size() - 1);
        assertEquals(org.wfed.core.imports.CellKind.NUMBER, total.kind(column), "counts as numbers: " + total);
        String sheet = new String(org.wfed.itest.Sheets.part(xlsx.body(), "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertTrue(sheet.contains("orientation=\"landscape\""), "printed on A4 landscape");

        long id = admin.post("reporting/summaries", Map.of("unitId", street, "year", 2025)).expect(201).body().path("id").asLong();
        Api.Reply docx = admin.get("reporting/export/summaries/" + id + ".docx").expect(200);
        assertTrue(docx.raw().headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
        assertTrue(docx.raw().body().startsWith("PK"));
        String html = admin.get("reporting/export/summaries/" + id + ".html").expect(200).raw().body();
        assertTrue(html.contains("评选文明家庭12户。"), html);
        assertTrue(html.contains("size:A4"));
        assertTrue(html.contains(org.wfed.core.PrintPage.css()) && html.contains("<body class=\"wfed-print\">"),
                "the summary is written in core's print shell");
        new Api().get("reporting/export/summaries/" + id + ".docx").expect(401);
    }
}
