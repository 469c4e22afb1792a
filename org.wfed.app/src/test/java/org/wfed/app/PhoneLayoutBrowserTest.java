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
        signInAsAdmin();
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
        signInAsAdmin();
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
        assertTrue(form.getText().contains("110105************"), "the masked ID is shown as such: " + form.getText());
        form.findElement(By.name("occupation")).sendKeys("网格员");
        assertNoSidewaysScroll("phone-person-edit");
        form.findElement(By.id("save-person")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("person-form")));
        card = visible(By.xpath("//*[@id='people-list']//tr[td[text()='手机录入张红']]"));
        assertTrue(card.getText().contains("网格员"), card.getText());
        assertTrue(card.getText().contains("110105************"), "the ID number is unchanged: " + card.getText());
        assertTrue(card.getText().contains("139****3456"), "the phone is unchanged: " + card.getText());
    }

    @Test
    void pasteAListOfPeopleOnAPhone() throws Exception {
        phone();
        signInAsAdmin();
        openFromDrawer("people");
        visible(By.id("import-people")).click();
        WebElement pasted = visible(By.name("pasted"));
        String first = idNumber("11010519850304002");
        String second = idNumber("11010519900817004");
        // typed as a clerk would paste it (a Tab key would move the focus, so the columns are comma-separated here)
        pasted.sendKeys("姓名,身份证号,职业\n粘贴李梅," + first + ",网格员\n粘贴赵兰," + second + ",教师\n");
        visible(By.id("import-check")).click();
        WebElement commit = visible(By.id("import-commit"));
        assertTrue(driver.findElement(By.cssSelector(".import-counts")).getText().contains("新增 2 人"),
                driver.findElement(By.cssSelector(".import-counts")).getText());
        assertNoSidewaysScroll("phone-people-import");
        commit.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "导入完成"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("import-commit")));
        visible(By.name("q")).sendKeys("粘贴李梅\n");
        // the list is drawn again for the search: read it once it shows her
        By her = By.xpath("//*[@id='people-list']//tr[td[text()='粘贴李梅']]");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(her).stream().anyMatch(e -> e.getText().contains("网格员")));
    }

    /** The 18-character ID number of 17 digits (GB 11643 check character). */
    static String idNumber(String seventeen) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }
}
