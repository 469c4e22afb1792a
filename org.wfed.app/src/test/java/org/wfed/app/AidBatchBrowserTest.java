package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
        long programme = programme(api);
        for (boolean onPhone : new boolean[] {false, true}) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(application(api, community, programme));
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

    private static long programme(ApiClient api) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("categories", List.of());
        rules.put("onceEver", false);
        rules.put("noAidYears", 0);
        rules.put("noAidProgrammes", List.of());
        rules.put("requiresDiagnosis", false);
        Map<String, Object> body = new HashMap<>();
        body.put("code", "B" + System.nanoTime() % 1_000_000);
        body.put("name", "批量发放测试项目" + System.nanoTime() % 100000);
        body.put("kind", "CASH");
        body.put("fundSource", "BUDGET");
        body.put("amountFen", 100_000);
        body.put("rules", rules);
        body.put("reviewLevels", List.of("COMMUNITY"));
        body.put("noticeDays", 0);
        body.put("channels", List.of("BANK", "CASH"));
        ApiClient.Reply r = api.post("/api/aid/programmes", body);
        assertEquals(201, r.status(), r.raw().body());
        return r.body().path("id").asLong();
    }

    /** A registered woman with a bank account and her application, in review. */
    private static long application(ApiClient api, long community, long programme) {
        Map<String, Object> person = new HashMap<>();
        person.put("unitId", community);
        person.put("name", "批量王女士" + System.nanoTime() % 100000);
        person.put("sex", "F");
        person.put("birthDate", "1976-05-01");
        Map<String, Object> beneficiary = new HashMap<>();
        beneficiary.put("person", person);
        beneficiary.put("categories", List.of());
        beneficiary.put("bankName", "农村信用社");
        beneficiary.put("bankAccount", "6228480012345678901");
        beneficiary.put("healthConsentOn", LocalDate.now().toString());
        ApiClient.Reply b = api.post("/api/aid/beneficiaries", beneficiary);
        assertEquals(201, b.status(), b.raw().body());
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programme);
        body.put("personId", b.body().path("personId").asLong());
        body.put("reason", "生活困难");
        body.put("appliedOn", LocalDate.now().toString());
        ApiClient.Reply a = api.post("/api/aid/applications", body);
        assertEquals(201, a.status(), a.raw().body());
        return a.body().path("id").asLong();
    }
}
