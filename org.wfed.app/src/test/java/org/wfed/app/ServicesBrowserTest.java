package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * On a 390-px phone a clerk posts a job, registers a job seeker, refers her to the post (the referral listed as 待反馈)
 * and records her placement (choosing her from the register), collects a micro-wish and records a course on the services pages; the
 * lists show them (the wish's beneficiary masked), a wish fulfilled before any claim is refused in Chinese under its
 * field, then claimed and fulfilled; nothing scrolls sideways, not even with a field's message shown.
 */
class ServicesBrowserTest extends BrowserTestBase {

    private WebElement form(String heading) {
        return visible(By.xpath("//div[contains(@class,'card')][h3[text()='" + heading + "']]"));
    }

    private void fill(WebElement form, String name, String value) {
        type(form.findElement(By.cssSelector("[name='" + name + "']")), value);
    }

    private void save(WebElement form) {
        tap(form.findElement(By.xpath(".//button[text()='保存']")));
    }

    @Test
    void postAJobRegisterASeekerAndCollectAWishOnAPhone() {
        phone();
        signInAsAdmin();
        openPage("services-employment");
        String employer = "巾帼家政服务公司" + System.nanoTime() % 100000;
        WebElement job = form("登记岗位");
        fill(job, "employer", employer);
        fill(job, "title", "家政服务员");
        fill(job, "places", "3");
        save(job);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已保存"));
        wait.until(d -> d.findElement(By.cssSelector(".page")).getText().contains(employer));
        assertNoSidewaysScroll("services-jobs-phone");

        tap(By.xpath("//button[@role='tab'][text()='求职登记']"));
        String seeker = "求职者" + System.nanoTime() % 100000;
        WebElement register = form("登记求职人员");
        fill(register, "name", seeker);
        fill(register, "skills", "家政、育婴");
        save(register);
        wait.until(d -> d.findElement(By.cssSelector(".page")).getText().contains(seeker));
        assertNoSidewaysScroll("services-seekers-phone");

        tap(By.xpath("//button[@role='tab'][text()='推荐']"));
        WebElement referral = form("登记推荐");
        wait.until(d -> referral.findElements(By.xpath(".//select[@name='jobId']/option")).stream()
                .anyMatch(o -> o.getText().startsWith(employer)));
        new org.openqa.selenium.support.ui.Select(referral.findElement(By.cssSelector("select[name='seekerId']"))).getOptions()
                .stream().filter(o -> o.getText().startsWith(seeker)).findFirst().orElseThrow().click();
        new org.openqa.selenium.support.ui.Select(referral.findElement(By.cssSelector("select[name='jobId']"))).getOptions()
                .stream().filter(o -> o.getText().startsWith(employer)).findFirst().orElseThrow().click();
        save(referral);
        wait.until(d -> d.findElement(By.cssSelector(".page")).getText().contains("待反馈"));
        assertNoSidewaysScroll("services-referrals-phone");

        tap(By.xpath("//button[@role='tab'][text()='成功就业']"));
        WebElement placement = form("登记就业");
        org.openqa.selenium.support.ui.Select who = new org.openqa.selenium.support.ui.Select(
                placement.findElement(By.cssSelector("select[name='seekerId']")));
        who.getOptions().stream().filter(o -> o.getText().startsWith(seeker)).findFirst().orElseThrow().click();
        fill(placement, "employer", "社区超市");
        fill(placement, "confirmedBy", "电话回访");
        save(placement);
        wait.until(d -> d.findElement(By.cssSelector(".page")).getText().contains("社区超市"));
        assertNoSidewaysScroll("services-placements-phone");

        openPage("services-wishes");
        WebElement wish = form("收集微心愿");
        fill(wish, "wish", "一个新书包");
        fill(wish, "beneficiary", "张小花");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                wish.findElement(By.cssSelector("[name='fulfilledOn']")), java.time.LocalDate.now().toString());
        save(wish);
        WebElement message = visible(By.cssSelector(".msg.error"));
        assertTrue(message.getText().contains("心愿尚未认领，不能登记实现"), message.getText());
        // the field's message stays on the screen: the page does not widen (a tap would then miss its button)
        assertNoSidewaysScroll("services-wish-refused-phone");
        // claimed the same day by a volunteer: now it may be fulfilled
        fill(wish, "claimedBy", "巾帼志愿者");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                wish.findElement(By.cssSelector("[name='claimedOn']")), java.time.LocalDate.now().toString());
        save(wish);
        try {
            wait.until(d -> d.findElement(By.cssSelector(".page")).getText().contains("张**")
                    && d.findElement(By.cssSelector(".page")).getText().contains("已实现"));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("services-wish-failed-phone");
            throw new AssertionError("the wish is not listed; messages " + texts(By.cssSelector(".msg")), e);
        }
        assertFalse(driver.findElement(By.cssSelector(".page")).getText().contains("张小花"), "the beneficiary is masked");
        assertNoSidewaysScroll("services-wishes-phone");

        openPage("services-training");
        WebElement course = form("登记培训");
        fill(course, "name", "巾帼家政服务技能培训班");
        save(course);
        wait.until(d -> d.findElement(By.cssSelector(".page")).getText().contains("巾帼家政服务技能培训班"));
        assertNoSidewaysScroll("services-training-phone");
    }
}
