package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Signing in to the console in a real browser: the error a clerk sees, the menu, the language. */
class ConsoleLoginTest extends BrowserTestBase {

    @Test
    void wrongPasswordShowsTheChineseErrorAndStaysOnTheForm() throws Exception {
        signIn("admin", "Not-The-Password-1");
        String error = visible(By.cssSelector(".login-error")).getText();
        assertEquals("用户名或密码错误", error);
        screenshot("login-error");
        assertTrue(driver.findElements(By.cssSelector(".menu")).isEmpty(), "no menu before signing in");
    }

    @Test
    void rightPasswordShowsHeaderAndMenuOfCorePages() throws Exception {
        signInAsAdmin();
        assertEquals("系统管理员", visible(By.id("current-user")).getText());
        List<String> groups = texts(By.cssSelector(".menu-group-title"));
        assertTrue(groups.containsAll(List.of("组织", "系统")), "menu groups: " + groups);
        List<String> pages = texts(By.cssSelector(".menu a"));
        assertTrue(pages.containsAll(List.of("组织架构", "人员", "用户与角色", "审计日志")), "menu: " + pages);
        // the first page opens by itself
        wait.until(ExpectedConditions.urlContains("#/page/"));
        screenshot("shell");
    }

    @Test
    void languageSwitchesToEnglishAndIsRemembered() {
        signInAsAdmin();
        new Select(visible(By.cssSelector(".topbar select.lang"))).selectByValue("en");
        wait.until(d -> texts(By.cssSelector(".menu a")).contains("People"));
        driver.navigate().refresh();
        wait.until(d -> texts(By.cssSelector(".menu a")).contains("Audit log"));
        assertEquals("Sign out", visible(By.id("logout")).getText());
    }

    @Test
    void signOutReturnsToTheLoginForm() {
        signInAsAdmin();
        visible(By.id("logout")).click();
        visible(By.id("login-form"));
        driver.navigate().refresh();
        visible(By.id("username"));
        assertTrue(driver.findElements(By.cssSelector(".menu")).isEmpty(), "the session is gone after sign-out");
    }

    @Test
    void anExpiredSessionBringsBackTheLoginFormAndThenThePage() {
        signInAsAdmin();
        driver.manage().deleteCookieNamed("WFED_SESSION");
        visible(By.xpath("//nav[contains(@class,'menu')]//a[text()='人员']")).click();
        assertEquals("请先登录（或登录已超时）", visible(By.cssSelector(".login-error")).getText());
        visible(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(WfedServer.ADMIN_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        secondFactor();
        visible(By.cssSelector(".page[data-page='people']"));
    }
}
