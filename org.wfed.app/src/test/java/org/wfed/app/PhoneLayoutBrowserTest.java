package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console on a 390×844 phone: the menu is a drawer, the header fits on one line, and no page of any
 * module scrolls sideways. Screenshots: target/screenshots/phone-*.png.
 */
class PhoneLayoutBrowserTest extends BrowserTestBase {

    @Test
    void everyPageFitsAPhoneScreen() throws Exception {
        phone();
        signIn("admin", WfedServer.ADMIN_PASSWORD);
        WebElement toggle = visible(By.id("menu-toggle"));
        assertFalse(driver.findElement(By.cssSelector(".sidebar")).getRect().getX() >= 0,
                "the menu is off screen until ☰ opens it");
        WebElement header = driver.findElement(By.cssSelector(".topbar"));
        assertTrue(header.getSize().getHeight() <= 60, "the header is one line: " + header.getSize());
        assertTrue(toggle.getSize().getHeight() >= 40 && toggle.getSize().getWidth() >= 40, "☰ is a touch target");

        toggle.click();
        List<String> ids = wait.until(d -> {
            List<String> l = d.findElements(By.cssSelector(".menu a")).stream().map(a -> a.getAttribute("data-page")).toList();
            return l.isEmpty() ? null : l;
        });
        assertTrue(ids.size() >= 15, "every module's pages: " + ids);
        // tapping beside the drawer closes it
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(visible(By.cssSelector(".drawer-backdrop")), 170, 0).click().perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".drawer-backdrop")));
        for (String id : ids) {
            openFromDrawer(id);
            WebElement page = visible(By.cssSelector(".page[data-page='" + id + "']"));
            wait.until(d -> !page.getText().isBlank());
            WfedServer.sleep(300);
            assertTrue(driver.findElements(By.cssSelector(".msg.error")).isEmpty(), id + ": " + texts(By.cssSelector(".msg.error")));
            assertNoSidewaysScroll("phone-" + id);
        }
    }

    @Test
    void addAPersonAndEditHerOccupationOnAPhone() throws Exception {
        phone();
        signIn("admin", WfedServer.ADMIN_PASSWORD);
        openFromDrawer("people");
        visible(By.id("new-person")).click();
        WebElement form = visible(By.id("person-form"));
        form.findElement(By.name("name")).sendKeys("手机录入张红");
        form.findElement(By.name("idNumber")).sendKeys("110105198003070020");
        form.findElement(By.name("phone")).sendKeys("13912343456");
        assertNoSidewaysScroll("phone-person-new");
        form.findElement(By.id("save-person")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "手机录入张红"));
        WebElement card = visible(By.xpath("//*[@id='people-list']//tr[td[text()='手机录入张红']]"));
        assertNoSidewaysScroll("phone-people-cards");

        // edit only her occupation: the masked ID number and phone are shown, not sent back
        card.findElement(By.xpath(".//button[text()='编辑']")).click();
        form = visible(By.id("person-form"));
        WebElement id = form.findElement(By.name("idNumber"));
        assertEquals("", id.getAttribute("value"), "the masked ID is not in the input");
        assertTrue(form.getText().contains("110105********0020"), "the masked ID is shown as such: " + form.getText());
        form.findElement(By.name("occupation")).sendKeys("网格员");
        assertNoSidewaysScroll("phone-person-edit");
        form.findElement(By.id("save-person")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-form")));
        card = visible(By.xpath("//*[@id='people-list']//tr[td[text()='手机录入张红']]"));
        assertTrue(card.getText().contains("网格员"), card.getText());
        assertTrue(card.getText().contains("110105********0020"), "the ID number is unchanged: " + card.getText());
        assertTrue(card.getText().contains("139****3456"), "the phone is unchanged: " + card.getText());
    }
}
