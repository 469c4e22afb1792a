package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * On a 390-px phone a clerk records an activity's named quantities (宣传单) and a title from the city in the
 * register beyond the tree; a wrong entry shows the server's Chinese message under its own field.
 */
class ActivityQuantitiesBrowserTest extends BrowserTestBase {

    @Test
    void quantitiesAndTitlesFromAboveOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        signInAsAdmin();
        openPage("activities-events");
        String theme = "普法宣传进社区" + System.nanoTime() % 100000;
        new Select(visible(By.xpath("//div[h3[text()='登记活动']]//select[option[@value='LECTURE']]"))).selectByValue("LEGAL_EDUCATION");
        WebElement form = driver.findElement(By.xpath("//div[h3[text()='登记活动']]"));
        form.findElement(By.xpath(".//div[label[text()='主题']]/input")).sendKeys(theme);
        WebElement leaflets = form.findElement(By.cssSelector("input[name='quantities.LEAFLET']"));
        leaflets.clear();
        leaflets.sendKeys("-5");
        form.findElement(By.xpath(".//button[text()='保存']")).click();
        WebElement message = visible(By.cssSelector(".msg.error"));
        screenshot("activity-quantities-refused-phone");
        assertTrue(message.getText().contains("宣传单（份）：数量不能为负数"), message.getText());
        assertEquals("数量不能为负数", visible(By.cssSelector(".field-error[data-field='quantities.LEAFLET']")).getText());
        leaflets.clear();
        leaflets.sendKeys("300");
        form.findElement(By.xpath(".//button[text()='保存']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "活动已保存"));
        assertNoSidewaysScroll("activities-events");
        screenshot("activity-quantities-phone");

        ApiClient api = ApiClient.admin(WfedServer.url());
        long top = api.get("/api/auth/me").body().path("unitId").asLong();
        JsonNode saved = null;
        for (JsonNode a : api.get("/api/activities/events?unitId=" + top + "&type=LEGAL_EDUCATION&size=200").body().path("items")) {
            if (a.path("theme").asText().equals(theme)) {
                saved = a;
            }
        }
        assertTrue(saved != null, "the activity is saved");
        assertEquals(300, saved.path("quantities").path("LEAFLET").asInt(), saved.toString());

        openPage("activities-contests");
        WebElement card = visible(By.xpath("//div[h2[text()='上级荣誉登记']]"));
        card.findElement(By.cssSelector("input[name='title']")).sendKeys("市级最美家庭");
        card.findElement(By.xpath(".//button[text()='保存']")).click();
        assertTrue(!visible(By.cssSelector(".field-error[data-field='name']")).getText().isBlank(), "the empty name is refused on its field");
        String family = "王xx家庭" + System.nanoTime() % 100000;
        card.findElement(By.cssSelector("input[name='name']")).sendKeys(family);
        card.findElement(By.xpath(".//button[text()='保存']")).click();
        wait.until(d -> card.getText().contains(family) && card.getText().contains("获得称号 市级“市级最美家庭”"));
        assertNoSidewaysScroll("activities-contests");
        screenshot("honours-above-phone");
    }
}
