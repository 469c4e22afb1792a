package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.wfed.core.IdNumber;

/**
 * The import wizard (导入) on a phone: a partial roster's preview lists each recorded field it changes, old and new,
 * an empty cell keeps the recorded value until the clerk chooses 清空, and the import then changes just that.
 */
class ImportWizardBrowserTest extends BrowserTestBase {

    @Test
    void thePreviewShowsEveryChangeAndTheClearChoiceBeforeTheImport() throws Exception {
        ApiClient api = ApiClient.admin(WfedServer.url());
        long top = api.get("/api/auth/me").body().path("unitId").asLong();
        long street = api.post("/api/orgs", Map.of("parentId", top, "kind", "STREET", "name", "导入街道" + System.nanoTime()))
                .body().path("id").asLong();
        String name = "导入社区" + System.nanoTime() % 100000;
        long unit = api.post("/api/orgs", Map.of("parentId", street, "kind", "COMMUNITY", "name", name)).body().path("id").asLong();
        String id = IdNumber.compose("420106", LocalDate.of(1968, 3, 3), 2 * (int) (System.nanoTime() % 400)).value();
        String first = "姓名,身份证号,困难类别,银行账号,备注\r\n孙秀英," + id + ",低保,6228480012345678901,老病号\r\n";
        assertEquals(200, api.post("/api/aid/import/commit", Map.of("unitId", unit, "fileName", "a.csv", "contentBase64",
                List.of(Base64.getEncoder().encodeToString(first.getBytes(StandardCharsets.UTF_8))))).status());
        Path file = Files.createTempFile("花名册", ".csv");
        Files.writeString(file, "姓名,身份证号,困难类别,备注\r\n孙秀英," + id + ",特困,\r\n", StandardCharsets.UTF_8);

        driver.manage().window().setSize(new Dimension(390, 844));
        signInAsAdmin();
        openPage("aid-import");
        new Select(visible(By.cssSelector(".page select.unit-select"))).selectByValue(String.valueOf(unit));
        driver.findElement(By.cssSelector(".page input[type=file]")).sendKeys(file.toString());
        driver.findElement(By.xpath("//button[text()='检查文件']")).click();

        WebElement out = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//p[contains(., '将修改的已登记内容')]")));
        String page = driver.findElement(By.cssSelector(".page")).getText();
        assertTrue(page.contains("困难类别") && page.contains("低保") && page.contains("特困供养"), page);
        assertTrue(page.contains("文件中没有的列") && page.contains("银行账号"), "the account column is absent, so kept: " + page);
        WebElement clear = visible(By.xpath("//label[contains(., '清空「备注」')]"));
        screenshot("aid-import-preview-phone");
        clear.findElement(By.tagName("input")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page"), "（清空）"));
        assertTrue(driver.findElement(By.cssSelector(".page")).getText().contains("老病号"));
        visible(By.xpath("//button[text()='确认导入']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "导入完成"));
        assertTrue(out != null);

        JsonNode b = api.get("/api/aid/beneficiaries?reveal=true&unitId=" + unit).body().path("items").get(0);
        assertEquals("TEKUN", b.path("categories").get(0).asText());
        assertEquals("6228480012345678901", b.path("bankAccount").asText(), "the account the file had no column for stays");
        assertTrue(b.path("note").isNull(), b.toString());
        Files.delete(file);
    }
}
