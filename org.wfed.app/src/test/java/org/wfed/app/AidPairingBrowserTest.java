package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 一对一结对帮扶 on a phone: on a beneficiary's card (救助对象) a clerk finds a helper of the registry by name, pairs her
 * with the household, sees the pairing listed, and ends it.
 */
class AidPairingBrowserTest extends BrowserTestBase {

    @Test
    void aHelperFoundByNameIsPairedWithTheHouseholdAndThePairingEnded() throws Exception {
        // signed in first: the admin enrols her second factor, which the API client's sign-in then uses
        signInAsAdmin();
        ApiClient api = ApiClient.admin(WfedServer.url());
        long unit = api.get("/api/auth/me").body().path("unitId").asLong();
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String woman = "结对对象" + suffix;
        String helper = "爱心妈妈" + suffix;
        ApiClient.Reply registered = api.post("/api/aid/beneficiaries", Map.of("person", Map.of("unitId", unit, "name", woman,
                "sex", "F", "birthDate", "1972-05-05"), "categories", java.util.List.of("DIBAO")));
        assertEquals(201, registered.status(), registered.raw().body());
        long personId = registered.body().path("personId").asLong();
        ApiClient.Reply helperAdded = api.post("/api/people", Map.of("unitId", unit, "name", helper, "sex", "F", "birthDate", "1980-08-08"));
        assertEquals(201, helperAdded.status(), helperAdded.raw().body());

        driver.manage().window().setSize(new Dimension(390, 844));
        openPage("aid-beneficiaries");
        WebElement row = visible(By.xpath("//tr[contains(., '" + woman + "')]"));
        row.findElement(By.xpath(".//button[contains(., '查看')]")).click();
        WebElement search = visible(By.cssSelector(".pairings input[name=helperSearch]"));
        search.sendKeys(helper, Keys.TAB);
        visible(By.xpath("//div[contains(@class,'pairings')]//button[contains(., '" + helper + "')]")).click();
        driver.findElement(By.cssSelector(".pairings input[name=pairingNote]")).sendKeys("爱心帮扶工程");
        driver.findElement(By.xpath("//div[contains(@class,'pairings')]//button[text()='结对']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已结对"));
        WebElement listed = visible(By.xpath("//div[contains(@class,'pairings')]//li[contains(., '" + helper + "')]"));
        assertTrue(listed.getText().contains("结对中"), listed.getText());
        WebElement part = driver.findElement(By.cssSelector(".pairings"));
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].scrollWidth - arguments[0].clientWidth;", part);
        Object wide = ((JavascriptExecutor) driver).executeScript("const r = arguments[0].getBoundingClientRect().right;"
                + " return [...arguments[0].querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > r + 1)"
                + ".map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right - r)).join(' ');", part);
        assertTrue(overflow <= 0, "the pairing part fits a 390-px screen: " + overflow + " " + wide);
        screenshot("aid-pairing-phone");

        JsonNode pairings = api.get("/api/aid/pairings?unitId=" + unit + "&personId=" + personId).body().path("items");
        assertEquals(1, pairings.size(), pairings.toString());
        assertEquals(helper, pairings.get(0).path("helperName").asText());
        assertEquals("爱心帮扶工程", pairings.get(0).path("note").asText());

        listed.findElement(By.xpath(".//button[text()='结束结对']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已结束结对"));
        visible(By.xpath("//div[contains(@class,'pairings')]//li[contains(., '" + helper + "') and not(contains(., '结对中'))]"));
        assertTrue(api.get("/api/aid/pairings?unitId=" + unit + "&personId=" + personId).body().path("items").get(0)
                .path("endedOn").isTextual());
    }
}
