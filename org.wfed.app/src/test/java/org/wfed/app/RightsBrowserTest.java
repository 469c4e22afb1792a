package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The rights pages (issue 14) on a 390 px phone, as a street's unit admin uses them: record a case through the intake
 * form (a missing field named by its label), see it masked, open it with a reason, edit its intake, mediate and
 * close it; set a colour's visit interval, put a household on file and visit it; the worklist and the hotline log open; nothing scrolls sideways.
 */
class RightsBrowserTest extends BrowserTestBase {

    @Test
    void aCaseFromIntakeToClosingAndAHouseholdOnFile() {
        ApiClient admin = ApiClient.admin(server());
        String streetName = Clerks.unique("维权街道");
        long street = Clerks.unit(admin, Clerks.top(admin), "STREET", streetName);
        String user = Clerks.account(admin, street, "wq", "UNIT_ADMIN");
        String applicant = Clerks.unique("求助人");

        phone();
        signInAs(user);
        openFromDrawer("rights-cases");
        tap(By.id("new-case"));
        WebElement form = visible(By.cssSelector("dialog form"));
        type(form.findElement(By.name("handler")), "");
        form.findElement(By.name("handler")).clear();
        tap(form.findElement(By.cssSelector("button[type=submit]")));
        // the missing fields are named by their labels, not by the API's field names
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dialog .error-summary"), "求助人姓名"));
        assertFalse(driver.findElement(By.cssSelector("dialog .error-summary")).getText().contains("parties"));
        type(form.findElement(By.name("applicantName")), applicant);
        type(form.findElement(By.name("applicantPhone")), "13912345678");
        type(form.findElement(By.name("narrative")), "丈夫酒后动手");
        type(form.findElement(By.name("handler")), "李主任");
        new Select(form.findElement(By.name("kind"))).selectByValue("DOMESTIC_VIOLENCE");
        assertNoSidewaysScroll("rights-intake-form");
        tap(form.findElement(By.cssSelector("button[type=submit]")));

        WebElement view = visible(By.id("case-view"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-view"), "（已隐藏）"));
        assertFalse(view.getText().contains(applicant) || view.getText().contains("13912345678"), view.getText());
        assertNoSidewaysScroll("rights-case-masked");
        tap(By.id("reveal-case"));
        WebElement reason = visible(By.cssSelector("dialog textarea[name=text]"));
        type(reason, "联系当事人安排调解");
        tap(By.cssSelector("dialog button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-view"), applicant));
        assertTrue(driver.findElement(By.id("case-view")).getText().contains("丈夫酒后动手"));
        // an edit of the intake sends only what changed
        tap(By.id("edit-case"));
        WebElement edit = visible(By.cssSelector("dialog form"));
        type(edit.findElement(By.name("visitors")), "3");
        tap(edit.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已保存"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-view"), "（已隐藏）"));

        tap(By.id("add-action"));
        WebElement action = visible(By.cssSelector("dialog form"));
        type(action.findElement(By.name("mediators")), "李主任、人民调解员");
        type(action.findElement(By.name("result")), "双方达成协议");
        tap(action.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-view"), "双方达成协议"));
        tap(By.id("close-case"));
        WebElement close = visible(By.cssSelector("dialog form"));
        tap(close.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dialog .error-summary"), "结果"));
        new Select(close.findElement(By.name("outcome"))).selectByValue("RECONCILED");
        tap(close.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-view"), "调解和好"));
        assertNoSidewaysScroll("rights-case-closed");

        openFromDrawer("rights-families");
        tap(By.id("configure-colours"));
        WebElement scheme = visible(By.cssSelector("dialog form"));
        type(scheme.findElement(By.name("visitDays0")), "5");
        tap(scheme.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page"), "每5天走访一次"));
        tap(By.id("new-family"));
        WebElement family = visible(By.cssSelector("dialog form"));
        type(family.findElement(By.name("household")), "钱某某户");
        type(family.findElement(By.name("reason")), "婚姻矛盾突出");
        type(family.findElement(By.name("responsible")), "网格员周某");
        new Select(family.findElement(By.name("colour"))).selectByValue("RED");
        assertNoSidewaysScroll("rights-family-form");
        tap(family.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("family-board"), "钱***"));
        tap(By.xpath("//*[@id='family-board']//a[text()='钱***']"));
        tap(By.id("add-visit"));
        WebElement visit = visible(By.cssSelector("dialog form"));
        tap(visit.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已保存"));
        assertNoSidewaysScroll("rights-family-board");

        openFromDrawer("rights-orders");
        visible(By.id("order-worklist"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-worklist"), "待法院决定"));
        assertNoSidewaysScroll("rights-orders");
        openFromDrawer("rights-hotline");
        tap(By.id("new-consultation"));
        WebElement entry = visible(By.cssSelector("dialog form"));
        tap(entry.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consultation-list"), "12338热线"));
        assertNoSidewaysScroll("rights-hotline");
        assertTrue(driver.findElements(By.cssSelector(".msg.error")).isEmpty(), texts(By.cssSelector(".msg.error")).toString());
    }
}
