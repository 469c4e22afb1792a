package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The people page: ID-number errors shown at the field, masked IDs in the list, the audited reveal, the search by name and 拼音. */
class PeopleBrowserTest extends BrowserTestBase {

    @Test
    void invalidIdIsRefusedAtTheFieldAndValidOneIsListedMasked() throws Exception {
        signInAsAdmin();
        openPage("people");
        visible(By.id("new-person")).click();
        WebElement form = visible(By.id("person-form"));
        form.findElement(By.name("name")).sendKeys("王秀兰");
        // 11010519491231002X with a wrong check digit
        WebElement id = form.findElement(By.name("idNumber"));
        id.sendKeys("110105194912310021");
        form.findElement(By.id("save-person")).click();

        WebElement error = visible(By.cssSelector("#person-form .field-error[data-field=idNumber]"));
        assertFalse(error.getText().isBlank(), "the ID field says what is wrong");
        assertTrue(id.getAttribute("class").contains("invalid"));
        assertTrue(visible(By.cssSelector("#person-form .error-summary")).getText().contains("身份证号"), "the summary beside the form names the field");
        assertTrue(driver.findElements(By.xpath("//*[@id='people-list']//td[text()='王秀兰']")).isEmpty(), "nothing saved");
        screenshot("people-invalid-id");

        id.clear();
        id.sendKeys("11010519491231002X");
        form.findElement(By.id("save-person")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "王秀兰"));
        WebElement row = visible(By.xpath("//*[@id='people-list']//tr[td[text()='王秀兰']]"));
        // masked: the area code only, and the birth year without the day (docs/security.md)
        assertEquals("110105************", row.findElement(By.cssSelector(".id-number")).getText());
        assertTrue(row.getText().contains("1949") && !row.getText().contains("1949-12-31"), "birth year only: " + row.getText());
        assertTrue(row.getText().contains("女"), "sex derived from the ID: " + row.getText());

        Path shot = screenshot("people");
        assertTrue(Files.size(shot) > 10_000, "screenshot written");

        // the admin may reveal the full number on request
        row.findElement(By.xpath(".//button[text()='查看完整证件号']")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(row.findElement(By.cssSelector(".id-number")), "11010519491231002X"));
        assertTrue(row.getText().contains("1949-12-31"), "the revealed record has the birth date: " + row.getText());
    }

    @Test
    void searchFindsByNameAndPinyin() {
        signInAsAdmin();
        openPage("people");
        visible(By.id("new-person")).click();
        WebElement form = visible(By.id("person-form"));
        form.findElement(By.name("name")).sendKeys("检索测试李梅");
        new Select(form.findElement(By.name("sex"))).selectByValue("F");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("birthDate")), "1980-05-06");
        form.findElement(By.id("save-person")).click();
        visible(By.xpath("//*[@id='people-list']//td[text()='检索测试李梅']"));

        WebElement q = driver.findElement(By.name("q"));
        q.sendKeys("不存在的名字");
        q.submit();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[@id='people-list']//td[text()='检索测试李梅']")));
        q.clear();
        q.sendKeys("检索测试");
        q.submit();
        visible(By.xpath("//*[@id='people-list']//td[text()='检索测试李梅']"));

        // by the initials of her 拼音, then by its start, as a clerk types them
        for (String pinyin : new String[] {"jscslm", "jiansuoceshil"}) {
            q.clear();
            q.sendKeys("不存在的名字");
            q.submit();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[@id='people-list']//td[text()='检索测试李梅']")));
            q.clear();
            q.sendKeys(pinyin);
            q.submit();
            visible(By.xpath("//*[@id='people-list']//td[text()='检索测试李梅']"));
        }
    }
}
