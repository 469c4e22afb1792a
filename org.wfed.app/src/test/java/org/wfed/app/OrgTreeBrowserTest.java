package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The organisation tree page: a new street appears under the top unit. */
class OrgTreeBrowserTest extends BrowserTestBase {

    @Test
    void createStreetUnderTopUnitAndSeeItInTheTree() throws Exception {
        signInAsAdmin();
        openPage("org-tree");
        visible(By.cssSelector("#org-tree .tree .name.selected"));
        visible(By.id("unit-card"));

        String name = "浏览器测试街道" + System.currentTimeMillis() % 100000;
        visible(By.id("add-child")).click();
        WebElement form = visible(By.cssSelector("#unit-card .panel form"));
        new Select(form.findElement(By.name("kind"))).selectByValue("STREET");
        form.findElement(By.name("name")).sendKeys(name);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), name));
        WebElement node = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[contains(@class,'tree')]//button[contains(@class,'name') and text()='" + name + "']")));
        assertTrue(node.isDisplayed());
        // and the new street shows among the top unit's sub-units
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-card"), name));

        // selecting it shows its own details
        node.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), name));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-card"), "街道妇联"));
        screenshot("org-tree");
    }

    @Test
    void collapseAndExpandTheTopUnit() {
        signInAsAdmin();
        openPage("org-tree");
        // make sure the top unit has a child, so that it can collapse
        visible(By.id("add-child")).click();
        WebElement form = visible(By.cssSelector("#unit-card .panel form"));
        String name = "折叠测试社区" + System.currentTimeMillis() % 100000;
        form.findElement(By.name("name")).sendKeys(name);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        By child = By.xpath("//ul[contains(@class,'tree')]//button[text()='" + name + "']");
        visible(child);

        visible(By.cssSelector("#org-tree .tree > li > .node > .toggle")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(child));
        visible(By.cssSelector("#org-tree .tree > li > .node > .toggle")).click();
        visible(child);
    }
}
