package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two-factor sign-in as a new system admin meets it in the console: after her password, the enrolment
 * page (key for the authenticator app, first code, recovery codes), then the console; at the next sign-in
 * the code field after the password. Both enrolments — the admin's required one and a clerk's own choice in
 * 我的账户 — and an admin's reset in 用户与角色 are made on a phone's 390-px screen.
 */
class TwoFactorBrowserTest extends BrowserTestBase {

    @Test
    void aNewSystemAdminEnrolsThenSignsInWithACode() {
        String password = "Second-Admin-2026!";
        String name = newUser("sysadmin", "第二管理员", "SYSTEM_ADMIN", password);

        // she enrols on her phone's 390-px screen: the key and the long otpauth link wrap, nothing scrolls sideways
        phone();
        signIn(name, password);
        visible(By.id("enrol-form"));
        assertTrue(driver.findElement(By.id("enrol-form")).getText().contains("身份验证器"), "the page says what to do");
        fitsThePhone("the enrolment page");
        visible(By.id("enrol-start")).click();
        String secret = visible(By.id("totp-secret")).getText().replace(" ", "");
        fitsThePhone("the key and its link");
        screenshot("two-factor-enrolment-phone");
        long step = SecondFactors.step();
        visible(By.id("enrol-code")).sendKeys(SecondFactors.code(secret, step));
        visible(By.id("enrol-confirm")).click();
        List<WebElement> codes = visible(By.id("recovery-codes")).findElements(By.tagName("li"));
        assertEquals(10, codes.size());
        fitsThePhone("the recovery codes");
        screenshot("two-factor-recovery-codes-phone");
        visible(By.id("enrol-continue")).click();
        // on a phone the menu waits in the drawer
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".menu a")));
        desk();

        signOut();
        signIn(name, password);
        visible(By.id("totp-row"));
        assertEquals("请输入身份验证器上的6位动态码（或一个恢复码）", visible(By.cssSelector(".login-error")).getText());
        driver.findElement(By.id("totp-code")).sendKeys(SecondFactors.code(secret, step + 1));
        driver.findElement(By.id("login-submit")).click();
        visible(By.cssSelector(".menu a"));
        assertEquals("第二管理员", currentUser());
    }

    @Test
    void aClerkTurnsOnTwoFactorInHerAccountOnAPhone() {
        String password = "Clerk-Second-2026!";
        String name = newUser("clerk2fa", "手机办事员", "STAFF", password);

        phone();
        signIn(name, password);
        currentUser();
        openPage("account");
        WebElement box = visible(By.id("two-factor"));
        assertTrue(box.getText().contains("未启用"), box.getText());
        box.findElement(By.tagName("button")).click();
        String secret = visible(By.cssSelector("#two-factor .token-value")).getText().replace(" ", "");
        fitsThePhone("the account page with the key");
        visible(By.id("account-enrol-code")).sendKeys(SecondFactors.code(secret, SecondFactors.step()));
        driver.findElement(By.xpath("//div[@id='two-factor']//button[contains(., '确认并启用')]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#two-factor ol li")).size() == 10);
        assertTrue(visible(By.id("two-factor")).getText().contains("已启用"), box.getText());
        fitsThePhone("the recovery codes in the account page");
        screenshot("two-factor-account-phone");

        // her next sign-in, on the phone too, asks for the code after the password
        signOut();
        signIn(name, password);
        visible(By.id("totp-row"));
        fitsThePhone("the sign-in with a code");
        driver.findElement(By.id("totp-code")).sendKeys(SecondFactors.code(secret, SecondFactors.step() + 1));
        driver.findElement(By.id("login-submit")).click();
        assertEquals("手机办事员", currentUser());

        // she lost her phone: the admin resets it in 用户与角色, and her next sign-in asks for no code
        signOut();
        signInAsAdmin();
        openPage("users");
        WebElement row = visible(By.xpath("//tr[.//span[text()='" + name + "']]"));
        row.findElement(By.xpath(".//button[text()='重置双因素']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已重置"));
        signOut();
        signIn(name, password);
        assertEquals("手机办事员", currentUser());
        assertTrue(driver.findElements(By.id("totp-row")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** A new account of the top unit with one role, made by the admin; answers its username. */
    private static String newUser(String prefix, String displayName, String role, String password) {
        ApiClient admin = ApiClient.admin(WfedServer.url());
        long top = admin.get("/api/auth/me").body().path("unitId").asLong();
        String name = prefix + System.currentTimeMillis() % 100000;
        assertEquals(201, admin.post("/api/users", Map.of("username", name, "displayName", displayName, "unitId", top,
                "roles", List.of(role), "password", password)).status());
        return name;
    }

    private void fitsThePhone(String what) {
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertTrue(width <= 390, what + " is " + width + " px wide on a phone");
    }

    /** The signed-in user's name: in the header on a desk, in the drawer's copy on a phone. */
    private String currentUser() {
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        return user.getAttribute("textContent").trim();
    }

    /** 退出: the header's button on a desk, the drawer's on a phone. */
    private void signOut() {
        WebElement header = driver.findElement(By.id("logout"));
        if (header.isDisplayed()) {
            header.click();
            return;
        }
        visible(By.id("menu-toggle")).click();
        wait.until(d -> d.findElement(By.cssSelector(".sidebar")).getRect().getX() == 0);
        visible(By.id("drawer-logout")).click();
    }
}
