package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor sign-in as a new system admin meets it in the console: after her password, the enrolment
 * page (key for the authenticator app, first code, recovery codes), then the console; at the next sign-in
 * the code field after the password.
 */
class TwoFactorBrowserTest extends BrowserTestBase {

    @Test
    void aNewSystemAdminEnrolsThenSignsInWithACode() {
        ApiClient admin = ApiClient.admin(WfedServer.url());
        long top = admin.get("/api/auth/me").body().path("unitId").asLong();
        String name = "sysadmin" + System.currentTimeMillis() % 100000;
        String password = "Second-Admin-2026!";
        assertEquals(201, admin.post("/api/users", Map.of("username", name, "displayName", "第二管理员", "unitId", top,
                "roles", List.of("SYSTEM_ADMIN"), "password", password)).status());

        signIn(name, password);
        visible(By.id("enrol-form"));
        assertTrue(driver.findElement(By.id("enrol-form")).getText().contains("身份验证器"), "the page says what to do");
        visible(By.id("enrol-start")).click();
        String secret = visible(By.id("totp-secret")).getText().replace(" ", "");
        // on a phone's 390-px screen too: the key and the long otpauth link wrap, nothing scrolls sideways
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        long width = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertTrue(width <= 390, "the enrolment page is " + width + " px wide on a phone");
        screenshot("two-factor-enrolment-phone");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        long step = SecondFactors.step();
        driver.findElement(By.id("enrol-code")).sendKeys(SecondFactors.code(secret, step));
        driver.findElement(By.id("enrol-confirm")).click();
        List<WebElement> codes = visible(By.id("recovery-codes")).findElements(By.tagName("li"));
        assertEquals(10, codes.size());
        screenshot("two-factor-recovery-codes");
        driver.findElement(By.id("enrol-continue")).click();
        visible(By.cssSelector(".menu a"));

        visible(By.id("logout")).click();
        signIn(name, password);
        visible(By.id("totp-row"));
        assertEquals("请输入身份验证器上的6位动态码（或一个恢复码）", visible(By.cssSelector(".login-error")).getText());
        driver.findElement(By.id("totp-code")).sendKeys(SecondFactors.code(secret, step + 1));
        driver.findElement(By.id("login-submit")).click();
        visible(By.cssSelector(".menu a"));
        assertEquals("第二管理员", visible(By.id("current-user")).getText());
    }
}
