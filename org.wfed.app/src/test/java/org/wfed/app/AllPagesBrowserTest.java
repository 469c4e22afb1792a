package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page of the menu opens without an error, in Chinese and in English, and without anything the
 * Content-Security-Policy refuses (an inline style or script would be dropped, the page drawn without it).
 */
class AllPagesBrowserTest extends BrowserTestBase {

    @Test
    void everyMenuPageRendersInBothLanguages() throws Exception {
        signInAsAdmin();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.cspRefused = [];"
                + "document.addEventListener('securitypolicyviolation', (e) => window.cspRefused.push(e.violatedDirective + ' ' + e.sample));");
        visitAll("组织架构");
        new Select(visible(By.cssSelector(".topbar select.lang"))).selectByValue("en");
        wait.until(d -> texts(By.cssSelector(".menu a")).contains("Organisation"));
        visitAll("Organisation");
        new Select(visible(By.cssSelector(".topbar select.lang"))).selectByValue("zh");
        wait.until(d -> texts(By.cssSelector(".menu a")).contains("组织架构"));
    }

    private void visitAll(String firstTitle) throws Exception {
        List<String> ids = driver.findElements(By.cssSelector(".menu a")).stream().map(a -> a.getAttribute("data-page")).toList();
        assertTrue(ids.size() >= 6, "menu: " + ids);
        for (String id : ids) {
            visible(By.cssSelector(".menu a[data-page='" + id + "']")).click();
            WebElement page = visible(By.cssSelector(".page[data-page='" + id + "']"));
            wait.until(d -> d.findElements(By.cssSelector(".page .loading")).isEmpty());
            // pages load their data after the first paint: give them a moment to fail visibly
            wait.until(d -> !page.getText().isBlank());
            WfedServer.sleep(300);
            assertTrue(driver.findElements(By.cssSelector(".msg.error")).isEmpty(),
                    id + ": " + texts(By.cssSelector(".msg.error")));
            assertFalse(page.getText().contains("undefined"), id + " shows 'undefined': " + page.getText());
            assertEquals(List.of(), ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.cspRefused"),
                    id + ": the Content-Security-Policy refused parts of the page");
            screenshot("page-" + id + "-" + (firstTitle.equals("组织架构") ? "zh" : "en"));
        }
        assertTrue(texts(By.cssSelector(".menu a")).contains(firstTitle));
    }
}
