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
 * On a 390-px phone: places of 两癌救助 granted by the city recorded on 救助项目设置 (上级下达名额); an activity's partner
 * organisation and the shop it served recorded on 活动台账, and a service project whose years come from its first year.
 */
class RegistersOfWorkBrowserTest extends BrowserTestBase {

    @Test
    void placesGrantedFromAboveOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        signInAsAdmin();
        openPage("aid-programmes");
        WebElement card = visible(By.xpath("//div[h2[text()='上级下达名额']]"));
        card.findElement(By.xpath(".//button[text()='登记名额']")).click();
        WebElement places = visible(By.xpath("//div[h2[text()='上级下达名额']]//input[@name='places']"));
        new Select(card.findElement(By.cssSelector("select[name='programmeId']"))).selectByVisibleText("两癌救助");
        places.clear();
        places.sendKeys("3");
        card.findElement(By.cssSelector("input[name='documentNo']")).sendKeys("市妇字〔2026〕5号");
        card.findElement(By.xpath(".//button[text()='保存']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "名额已保存"));
        wait.until(d -> card.getText().contains("市级") && card.getText().contains("市妇字〔2026〕5号"));
        assertTrue(card.getText().contains("超出名额不能申请"), card.getText());
        assertNoSidewaysScroll("aid-programmes");
        screenshot("aid-quota-grants-phone");
    }

    @Test
    void partnersShopsServedAndProjectsOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        signInAsAdmin();
        openPage("activities-events");
        String theme = "益助她力量直播" + System.nanoTime() % 100000;
        // the page lists the top unit's activities first: on a loaded machine that takes a while
        WebElement form = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(90)).until(
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[h3[text()='登记活动']]")));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.xpath(".//select[option[@value='LECTURE']]"))).selectByValue("LECTURE");
        form.findElement(By.xpath(".//div[label[text()='主题']]/input")).sendKeys(theme);
        form.findElement(By.cssSelector("textarea[name='partnerOrgs']")).sendKeys("李xx心灵教育中心，湖南省\n北京某社会服务中心，北京市");
        form.findElement(By.cssSelector("textarea[name='servedOrgs']")).sendKeys("太傅店小吃城");
        tap(form.findElement(By.xpath(".//button[text()='保存']")));
        awaitOrError(d -> texts(By.cssSelector(".msg.notice")).stream().anyMatch(m -> m.contains("活动已保存")), "saving the activity");
        ApiClient api = ApiClient.admin(WfedServer.url());
        long top = api.get("/api/auth/me").body().path("unitId").asLong();
        JsonNode saved = null;
        for (JsonNode a : api.get("/api/activities/events?unitId=" + top + "&size=200").body().path("items")) {
            saved = a.path("theme").asText().equals(theme) ? a : saved;
        }
        assertTrue(saved != null, "the activity is saved");
        assertEquals(2, saved.path("partnerOrgs").size(), saved.toString());
        assertEquals("湖南省", saved.path("partnerOrgs").get(0).path("region").asText());
        assertEquals("太傅店小吃城", saved.path("servedOrgs").get(0).path("name").asText());

        WebElement projects = visible(By.xpath("//div[h2[text()='购买服务项目']]"));
        projects.findElement(By.xpath(".//button[text()='登记项目']")).click();
        String name = "“忘忧草”馨家园项目" + System.nanoTime() % 100000;
        visible(By.xpath("//div[h2[text()='购买服务项目']]//input[@name='name']")).sendKeys(name);
        projects.findElement(By.cssSelector("input[name='provider']")).sendKeys("崇善公益联盟");
        projects.findElement(By.xpath(".//button[text()='保存']")).click();
        wait.until(d -> projects.getText().contains(name) && projects.getText().contains("1年"));
        assertNoSidewaysScroll("activities-events");
        screenshot("activity-parties-projects-phone");
    }
}
