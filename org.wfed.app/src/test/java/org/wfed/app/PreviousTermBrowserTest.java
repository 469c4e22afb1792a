package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 上届班子构成 on a phone: a clerk enters a community's previous term, an impossible average age is marked on its
 * field in Chinese, the corrected entry is saved, and the cards fit the 390-px screen.
 */
class PreviousTermBrowserTest extends BrowserTestBase {

    @Test
    void aPreviousTermIsEnteredOnAPhone() throws Exception {
        ApiClient api = ApiClient.admin(WfedServer.url());
        long top = api.get("/api/auth/me").body().path("unitId").asLong();
        long street = api.post("/api/orgs", Map.of("parentId", top, "kind", "STREET", "name", "上届街道" + System.nanoTime()))
                .body().path("id").asLong();
        long unit = api.post("/api/orgs", Map.of("parentId", street, "kind", "COMMUNITY", "name", "上届社区" + System.nanoTime() % 100000))
                .body().path("id").asLong();

        driver.manage().window().setSize(new Dimension(390, 844));
        signInAsAdmin();
        // opened on the unit itself, as its link does: choosing it in the select after the page rendered the
        // user's own unit would race the first form against the second
        driver.get(WfedServer.url() + "/console/#/page/elections-previous?unitId=" + unit);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page[data-page='elections-previous']")));
        assertEquals(String.valueOf(unit), new Select(visible(By.cssSelector(".page select.unit-select"))).getFirstSelectedOption().getAttribute("value"));
        WebElement members = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".page fieldset.previous-term:nth-of-type(2) input[data-key=members]")));
        members.sendKeys("1");
        WebElement age = driver.findElement(By.cssSelector(".page fieldset.previous-term:nth-of-type(2) input[data-key=averageAge]"));
        age.sendKeys("150");
        driver.findElement(By.xpath("//button[text()='保存']")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field-error[data-field='groups[0].averageAge']")));
        assertEquals("主席平均年龄须在18至100岁之间，最多一位小数", error.getText());
        double right = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('.previous-terms').getBoundingClientRect().right")).doubleValue();
        double width = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).doubleValue();
        assertTrue(right <= width + 1, "the cards fit the phone: right edge " + right + " of " + width);
        screenshot("elections-previous-phone");

        age.clear();
        age.sendKeys("51");
        driver.findElement(By.xpath("//button[text()='保存']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "上届班子构成已保存"));
        JsonNode saved = api.get("/api/elections/previous-terms/" + unit).body();
        assertEquals(1, saved.path("version").asInt());
        assertEquals("CHAIR", saved.path("groups").get(0).path("position").asText());
        assertEquals(51.0, saved.path("groups").get(0).path("averageAge").asDouble());
    }
}
