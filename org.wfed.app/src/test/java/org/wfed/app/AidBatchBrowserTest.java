package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 审核与发放 in the browser, at a desk and on a 390×844 phone: a reviewer ticks applications and approves them
 * all with one click (one transaction on the server), then the payer ticks the approved list and pays it. The
 * records are checked through the API; screenshots aid-batch-*.png.
 */
class AidBatchBrowserTest extends BrowserTestBase {

    @Test
    void reviewAndPayTickedApplicationsAtADeskAndOnAPhone() throws Exception {
        ApiClient api = ApiClient.admin(WfedServer.url());
        long top = api.get("/api/auth/me").body().path("unitId").asLong();
        String since = LocalDate.now().withDayOfYear(1).toString();
        long street = api.post("/api/orgs", Map.of("parentId", top, "kind", "STREET", "name", "批量街道" + System.nanoTime() % 100000,
                "effective", since)).body().path("id").asLong();
        long community = api.post("/api/orgs", Map.of("parentId", street, "kind", "COMMUNITY", "name", "批量社区" + System.nanoTime() % 100000,
                "effective", since)).body().path("id").asLong();
        long programme = AidFixture.programme(api, 0);
        for (boolean onPhone : new boolean[] {false, true}) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(AidFixture.application(api, community, programme));
            }
            if (onPhone) {
                phone();
            }
            signInAsAdmin();
            String suffix = onPhone ? "phone" : "desk";

            // 待我审核: tick the three, 批量同意
            openPage("aid-inbox");
            for (long id : ids) {
                WebElement box = visible(By.cssSelector("input[data-application='" + id + "']"));
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
                box.click();
            }
            if (onPhone) {
                assertNoSidewaysScroll("aid-batch-review-" + suffix);
            }
            visible(By.id("batch-approve")).click();
            visible(By.id("confirm-ok")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已同意 3 份申请"));
            for (long id : ids) {
                assertEquals("APPROVED", api.get("/api/aid/applications/" + id).body().path("status").asText());
            }

            // 已批准待发放: tick the three, 批量发放 by bank transfer
            driver.get(WfedServer.url() + "/console/#/page/aid-inbox?status=APPROVED");
            driver.navigate().refresh();
            for (long id : ids) {
                WebElement box = visible(By.cssSelector("input[data-application='" + id + "']"));
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
                box.click();
            }
            visible(By.id("batch-pay")).click();
            WebElement confirm = visible(By.id("confirm-ok"));
            assertTrue(driver.findElement(By.cssSelector("dialog[open]")).getText().contains("3,000.00"),
                    "the total is stated: " + driver.findElement(By.cssSelector("dialog[open]")).getText());
            confirm.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已发放 3 笔"));
            if (onPhone) {
                assertNoSidewaysScroll("aid-batch-paid-" + suffix);
            } else {
                screenshot("aid-batch-paid-" + suffix);
            }
            for (long id : ids) {
                JsonNode a = api.get("/api/aid/applications/" + id).body();
                assertEquals("PAID", a.path("status").asText(), a.toString());
                assertEquals(100_000, a.path("paidFen").asLong());
            }
            driver.manage().deleteAllCookies();
        }
    }
}
