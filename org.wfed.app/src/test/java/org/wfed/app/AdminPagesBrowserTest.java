package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administration pages: users and roles, the audit log, the own account, maintenance. */
class AdminPagesBrowserTest extends BrowserTestBase {

    @Test
    void createUserWithRoleAfterAWeakPasswordIsRefusedThenFindItInTheAudit() throws Exception {
        signInAsAdmin();
        openPage("users");
        visible(By.cssSelector("#role-permissions table"));
        assertTrue(driver.findElement(By.id("role-permissions")).getText().contains("查看组织架构"), "permission table by role");

        visible(By.id("new-user")).click();
        WebElement form = visible(By.cssSelector("#user-panel form"));
        String username = "clerk" + System.currentTimeMillis() % 100000;
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("displayName")).sendKeys("社区专干");
        WebElement password = form.findElement(By.name("password"));
        password.sendKeys("short");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        visible(By.cssSelector("#user-panel .field-error[data-field=password]"));

        password.clear();
        password.sendKeys("Clerk-Pass-2026!");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), username));
        WebElement row = visible(By.xpath("//*[@id='users-list']//tr[td/span[text()='" + username + "']]"));
        assertTrue(row.getText().contains("工作人员"), row.getText());
        assertTrue(row.getText().contains("正常"), row.getText());
        screenshot("users");

        openPage("audit");
        WebElement action = visible(By.name("action"));
        action.sendKeys("users.create");
        action.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-list"), "users.create"));
        assertTrue(driver.findElement(By.id("audit-export")).getAttribute("href").endsWith("/api/audit/export.csv?action=users.create"));
        screenshot("audit");
    }

    @Test
    void ownAccountRefusesWrongOldPasswordAndIssuesRevocableApiTokens() throws Exception {
        signInAsAdmin();
        openPage("account");
        WebElement form = visible(By.id("password-form"));
        form.findElement(By.name("oldPassword")).sendKeys("Wrong-Old-2026!");
        form.findElement(By.name("password")).sendKeys("Another-Pass-2026!");
        form.findElement(By.name("confirm")).sendKeys("Another-Pass-2026!");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertEquals("原密码不正确", visible(By.cssSelector(".field-error[data-field=oldPassword]")).getText());

        driver.findElement(By.cssSelector("#tokens")).isDisplayed();
        WebElement name = driver.findElement(By.cssSelector("form.inline [name=name]"));
        name.sendKeys("区数据平台对接");
        name.submit();
        String token = visible(By.cssSelector("#new-token .token-value")).getText();
        assertTrue(token.startsWith("wfed_"), token);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest me = HttpRequest.newBuilder(URI.create(WfedServer.url() + "/api/auth/me"))
                .header("Authorization", "Bearer " + token).build();
        assertEquals(200, http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode());

        visible(By.xpath("//*[@id='tokens']//tr[td[text()='区数据平台对接']]//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"), "已吊销"));
        assertEquals(401, http.send(me, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void maintenanceListsTheRunningBundles() {
        signInAsAdmin();
        openPage("maintenance");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page"), "org.wfed.core"));
        assertTrue(visible(By.id("backup")).isEnabled());
    }
}
