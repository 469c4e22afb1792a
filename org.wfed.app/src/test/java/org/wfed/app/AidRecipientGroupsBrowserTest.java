package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 救助项目设置 on a phone: the festival visit serves 离任妇女干部 beside the hardship categories, an administrator adds a
 * recipient group on the programme's form, ticks it and saves, and the programme then serves it.
 */
class AidRecipientGroupsBrowserTest extends BrowserTestBase {

    @Test
    void aGroupAddedOnTheSettingsPageIsServedByTheProgramme() throws Exception {
        ApiClient api = ApiClient.admin(WfedServer.url());
        signInAsAdmin();
        driver.manage().window().setSize(new Dimension(390, 844));
        openPage("aid-programmes");
        WebElement row = visible(By.xpath("//tr[contains(., '节日慰问')]"));
        assertTrue(row.getText().contains("离任妇女干部"), row.getText());
        row.findElement(By.xpath(".//button[text()='修改']")).click();
        WebElement cadre = visible(By.cssSelector(".recipient-groups input[name=group][value=RETIRED_CADRE]"));
        assertTrue(cadre.isSelected(), "the shipped festival visit serves 离任妇女干部");
        String code = "WORKER" + System.nanoTime() % 100000;
        driver.findElement(By.cssSelector("input[name=groupCode]")).sendKeys(code);
        driver.findElement(By.cssSelector("input[name=groupName]")).sendKeys("新就业形态女性" + code);
        driver.findElement(By.xpath("//button[text()='新增类别']")).click();
        WebElement added = visible(By.cssSelector(".recipient-groups input[name=group][value=" + code + "]"));
        assertTrue(added.isSelected(), "the new group is ticked at once");
        WebElement groups = driver.findElement(By.cssSelector(".recipient-groups"));
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].scrollWidth - arguments[0].clientWidth;", groups);
        assertTrue(overflow <= 0, "the groups fit a 390-px screen: " + overflow);
        screenshot("aid-programme-groups-phone");
        driver.findElement(By.xpath("//button[text()='保存']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已保存"));
        JsonNode festival = null;
        for (JsonNode p : api.get("/api/aid/programmes").body()) {
            festival = "FESTIVAL_VISIT".equals(p.path("code").asText()) ? p : festival;
        }
        assertTrue(festival.path("rules").path("categories").toString().contains(code), festival.toString());
        assertTrue(festival.path("rules").path("categories").toString().contains("RETIRED_CADRE"), festival.toString());
    }
}
