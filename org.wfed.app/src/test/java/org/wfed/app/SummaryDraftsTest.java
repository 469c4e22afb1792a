package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo district's annual summaries, as a clerk drafts them: every unit's draft states only what was done
 * (no sentence of zeros, no "—", "null" or placeholder), the district's summary page shows none of that on a
 * desk and on a 390-px phone, and its Word file has page numbers and the 落款.
 */
class SummaryDraftsTest extends BrowserTestBase {

    @Test
    void everyDemoUnitsDraftStatesOnlyWhatWasDone() throws Exception {
        Path data = Files.createTempDirectory("wfed-demo-");
        try (WfedServer.Running server = WfedServer.launch("wfed.jar", data, data, Map.of("WFED_DEMO", "1"))) {
            awaitDemo(data);
            ApiClient api = ApiClient.admin(server.url());
            int year = LocalDate.now().getYear();
            List<String> problems = new ArrayList<>();
            long district = 0;
            JsonNode tree = api.get("/api/orgs/tree").body();
            for (JsonNode unit : tree) {
                problems.addAll(Drafts.problems(api, unit.path("id").asLong(), year));
                if (unit.path("parentId").isNull() || unit.path("parentId").isMissingNode()) {
                    district = unit.path("id").asLong();
                }
            }
            assertTrue(tree.size() >= 13, "the demo district and its units: " + tree.size());
            assertEquals(List.of(), problems);
            String text = Drafts.text(api, district, year);
            assertTrue(text.contains("两癌"), "the district's screening is stated: " + text);

            // the summary page, on a desk and on a phone
            driver.get(server.url() + "/console/");
            WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            user.sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys(WfedServer.ADMIN_PASSWORD);
            driver.findElement(By.id("login-submit")).click();
            secondFactor(server.url()); // this server's admin enrolled through the API above
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".menu a")));
            for (int width : new int[] {1366, 390}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 844));
                driver.get(server.url() + "/console/#/page/reporting-summary?unitId=" + district + "&year=" + year);
                WebElement page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page[data-page='reporting-summary']")));
                visible(By.xpath("//button[text()='打开']")).click();
                wait.until(d -> page.getText().contains("工作总结") && page.getText().contains("两癌"));
                String shown = page.getText();
                assertFalse(shown.contains("null"), "the summary page prints null: " + shown);
                assertFalse(shown.contains("undefined"), shown);
                screenshot("summary-" + width);

                // the dashboard opens on an indicator with data, its table one summary section (栏目) of columns
                driver.get(server.url() + "/console/#/page/reporting-dashboard?unitId=" + district + "&year=" + year);
                WebElement opened = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page[data-page='reporting-dashboard']")));
                wait.until(d -> !d.findElements(By.cssSelector(".page[data-page='reporting-dashboard'] table th")).isEmpty());
                String chartShown = new org.openqa.selenium.support.ui.Select(opened.findElement(By.name("indicator")))
                        .getFirstSelectedOption().getText();
                assertFalse(chartShown.contains("无数据"), "opens on an indicator with data: " + chartShown);
                assertTrue(opened.findElements(By.id("chart-empty")).isEmpty(), "no chart of all zeros");
                int indicators = api.get("/api/reporting/table?unitId=" + district + "&year=" + year).body().path("indicators").size();
                int columns = opened.findElements(By.cssSelector("table thead th")).size();
                assertTrue(columns > 1 && columns - 1 < indicators, "one section's columns (" + (columns - 1) + " of " + indicators + ")");

                // one member of a breakdown in the chart, a column per member in the table
                driver.get(server.url() + "/console/#/page/reporting-dashboard?unitId=" + district + "&year=" + year + "&section=outreach");
                wait.until(d -> d.findElements(By.cssSelector(".page[data-page='reporting-dashboard'] select[name=section]")).stream()
                        .anyMatch(e -> "outreach".equals(e.getAttribute("value"))));
                WebElement board = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page[data-page='reporting-dashboard']")));
                wait.until(d -> !d.findElements(By.cssSelector(".page[data-page='reporting-dashboard'] table th")).isEmpty());
                List<String> chartChoices = driver.findElements(By.cssSelector(".page[data-page='reporting-dashboard'] .toolbar select option"))
                        .stream().map(o -> o.getAttribute("value")).toList();
                assertTrue(chartChoices.contains("activities.activities") && chartChoices.stream().anyMatch(v -> v.startsWith("activities.activities[")),
                        "the chart offers the whole figure and each member: " + chartChoices);
                // a column per member (on a phone, each card's cells carry the column's title)
                By memberCells = By.cssSelector("td[data-label^='开展活动·']");
                assertTrue(board.findElements(memberCells).isEmpty(), "members only when asked");
                visible(By.xpath("//label[contains(., '显示分项')]/input")).click();
                wait.until(d -> !board.findElements(memberCells).isEmpty());
                assertFalse(board.getText().contains("undefined") || board.getText().contains("NaN"), board.getText());
                screenshot("dashboard-breakdowns-" + width);

                // the form: every figure present, and the verdict counts what failed
                JsonNode form = api.get("/api/reporting/forms/women-children?unitId=" + district + "&year=" + year).body();
                assertEquals("[]", form.path("absent").toString(), "the shipped form names only existing figures");
                driver.get(server.url() + "/console/#/page/reporting-forms?unitId=" + district + "&year=" + year);
                WebElement forms = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page[data-page='reporting-forms']")));
                String verdict = form.path("failed").asInt() == 0 ? "全部通过" : form.path("failed").asInt() + " 项未通过";
                wait.until(d -> forms.getText().contains("校验") && forms.getText().contains(verdict));
                assertFalse(forms.getText().contains("无此指标") || forms.getText().contains("null"), forms.getText());
                screenshot("forms-" + width);
            }

            // the Word file ends with the 落款 and numbers its pages
            long id = api.get("/api/reporting/summaries?unitId=" + district + "&year=" + year).body().get(0).path("id").asLong();
            java.net.http.HttpResponse<byte[]> docx = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "/api/reporting/export/summaries/" + id + ".docx"))
                            .header("Cookie", api.cookie()).timeout(Duration.ofSeconds(30)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, docx.statusCode());
            Map<String, String> parts = new HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx.body()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            assertTrue(parts.get("word/footer1.xml").contains(" PAGE "), "page numbers");
            String document = parts.get("word/document.xml");
            String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
            assertTrue(document.contains(Integer.parseInt(today.substring(0, 4)) + "年"), "the 落款 date");
            assertTrue(document.lastIndexOf("w:jc w:val=\"right\"") > document.lastIndexOf("w:jc w:val=\"both\""), "the 落款 ends it");
        }
    }

    /** Waits until every module's demo records are in (wfed's log, {@code <data>/logs/wfed.log}, says so for each provider). */
    static void awaitDemo(Path data) throws Exception {
        Path file = data.resolve("logs/wfed.log");
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            String log = Files.isRegularFile(file) ? Files.readString(file) : "";
            if (log.contains("demo data of aid loaded") && log.contains("demo data of activities loaded")
                    && log.contains("demo data of elections.demo loaded")) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the demo data did not load in 3 minutes");
    }
}
