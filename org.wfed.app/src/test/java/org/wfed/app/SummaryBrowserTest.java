package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 年度工作总结 in the browser, at a desk and on a 390×844 phone: a community clerk drafts her community's summary,
 * writes her own prose where the draft holds a hint (（请补充…）), and submits it; the street's unit admin opens it
 * from 总结审核 and approves it. The status is checked through the API; screenshots summary-*.png.
 */
class SummaryBrowserTest extends BrowserTestBase {
    private static final By HINTED = By.xpath("//div[@data-paragraph][./p[contains(., '请补充') or contains(., '请填写')]]");

    @Test
    void aCommunityDraftsAndSubmitsItsSummaryAndTheStreetApprovesItAtADeskAndOnAPhone() {
        ApiClient admin = ApiClient.admin(WfedServer.url());
        long street = Clerks.unit(admin, Clerks.top(admin), "STREET", Clerks.unique("总结街道"));
        String reviewer = Clerks.account(admin, street, "shenhe", "UNIT_ADMIN");
        int year = LocalDate.now().getYear();
        for (boolean onPhone : new boolean[] {false, true}) {
            String suffix = onPhone ? "phone" : "desk";
            String name = Clerks.unique("总结社区");
            long community = Clerks.unit(admin, street, "COMMUNITY", name);
            String clerk = Clerks.staff(admin, community, "zongjie");
            if (onPhone) {
                phone();
            }
            signInAs(clerk);

            // 生成草稿 for her community and the year being reported
            openPage("reporting-summary");
            tap(By.id("draft-summary"));
            visible(By.id("submit-summary"));
            String draft = driver.findElement(By.cssSelector(".page")).getText();
            assertFalse(draft.contains("null") || draft.contains("undefined"), draft);
            assertTrue(draft.contains(year + ""), "the year being reported: " + draft);

            // her own words where the draft holds a hint
            int written = 0;
            for (List<WebElement> hinted = driver.findElements(HINTED); !hinted.isEmpty(); hinted = driver.findElements(HINTED)) {
                assertTrue(++written <= 20, "the hints do not go away: " + hinted.get(0).getText());
                String paragraph = hinted.get(0).getAttribute("data-paragraph");
                By box = By.cssSelector("div[data-paragraph='" + paragraph + "']");
                tap(driver.findElement(box).findElement(By.xpath(".//button[text()='编辑']")));
                String prose = "本社区妇联第" + written + "项工作按计划推进，群众满意。";
                type(visible(By.cssSelector("div[data-paragraph='" + paragraph + "'] textarea")), prose);
                if (onPhone && written == 1) {
                    assertNoSidewaysScroll("summary-edit-" + suffix);
                }
                tap(driver.findElement(box).findElement(By.xpath(".//button[text()='保存']")));
                awaitOrError(d -> d.findElements(By.xpath("//div[@data-paragraph='" + paragraph + "']/p[contains(., '" + prose + "')]")).size() == 1,
                        "saving paragraph " + paragraph);
            }
            assertTrue(written > 0, "the draft asked for her own words");
            tap(By.id("submit-summary"));
            awaitOrError(d -> d.findElements(By.id("submit-summary")).isEmpty(), "submitting");
            assertEquals("SUBMITTED", summary(admin, community, year).path("status").asText());
            if (onPhone) {
                assertNoSidewaysScroll("summary-submitted-" + suffix);
            }

            // the street's 总结审核: 审核 opens it, 审核通过
            driver.manage().deleteAllCookies();
            signInAs(reviewer);
            openPage("reporting-approval");
            tap(By.xpath("//tr[td[contains(., '" + name + "')]]//button[text()='审核']"));
            WebElement review = visible(By.id("summary-review"));
            assertTrue(driver.findElement(By.cssSelector(".page")).getText().contains("本社区妇联第1项工作按计划推进"),
                    "the reviewer reads what the clerk wrote");
            if (onPhone) {
                assertNoSidewaysScroll("summary-review-" + suffix);
            }
            tap(review.findElement(By.id("summary-approve")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已审核通过"));
            assertTrue(driver.findElement(By.cssSelector(".msg.notice")).getText().contains("已锁定"),
                    "the message says what is locked: " + driver.findElement(By.cssSelector(".msg.notice")).getText());
            screenshot("summary-approved-" + suffix);
            assertEquals("APPROVED", summary(admin, community, year).path("status").asText());
            driver.manage().deleteAllCookies();
        }
    }

    private static JsonNode summary(ApiClient admin, long unit, int year) {
        JsonNode found = admin.get("/api/reporting/summaries?unitId=" + unit + "&year=" + year).body();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
