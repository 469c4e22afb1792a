package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** Adds a unit under the selected one through the panel form and waits until the tree shows it. */
    private void addChild(String kind, String name) {
        visible(By.id("add-child")).click();
        WebElement form = visible(By.cssSelector("#unit-card .panel form"));
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        form.findElement(By.name("name")).sendKeys(name);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), name));
    }

    private By treeNode(String name) {
        return By.xpath("//ul[contains(@class,'tree')]//button[contains(@class,'name') and text()='" + name + "']");
    }

    @Test
    void renameAddStationMoveAndReadTheHistory() {
        signInAsAdmin();
        openPage("org-tree");
        long n = System.currentTimeMillis() % 100000;
        String street = "东风街道" + n;
        String community = "幸福社区" + n;
        String other = "红旗街道" + n;
        addChild("STREET", street);
        addChild("STREET", other);
        visible(treeNode(street)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), street));
        addChild("COMMUNITY", community);

        // rename the community
        visible(treeNode(community)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), community));
        visible(By.xpath("//*[@id='unit-card']//button[text()='修改']")).click();
        WebElement name = visible(By.cssSelector("#unit-card .panel [name=name]"));
        name.clear();
        name.sendKeys(community + "新");
        name.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), community + "新"));
        visible(treeNode(community + "新"));

        // a women's home meeting five of the six standards
        visible(By.xpath("//*[@id='unit-card']//button[text()='新增阵地']")).click();
        WebElement station = visible(By.cssSelector("#unit-card .panel form"));
        station.findElement(By.name("name")).sendKeys("幸福妇女之家");
        for (String item : new String[] {"VENUE", "FACILITIES", "PLAN", "RULES", "ACTIVITIES"}) {
            station.findElement(By.name("six_" + item)).click();
        }
        station.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-card"), "幸福妇女之家"));
        assertTrue(driver.findElement(By.id("unit-card")).getText().contains("5 / 6"));

        // move it under the other street: the tree shows it there
        visible(By.xpath("//*[@id='unit-card']//button[text()='调整隶属']")).click();
        WebElement parent = visible(By.cssSelector("#unit-card .panel select[name=parentId]"));
        parent.findElement(By.xpath("option[contains(., '" + other + "')]")).click();
        parent.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已调整隶属关系"));
        visible(By.xpath("//li[div/button[text()='" + other + "']]/ul//button[text()='" + community + "新']"));

        visible(By.xpath("//*[@id='unit-card']//button[text()='历史沿革']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card .panel"), community));
    }

    @Test
    void mergeAndSplitCloseTheOldUnits() {
        signInAsAdmin();
        openPage("org-tree");
        long n = System.currentTimeMillis() % 100000;
        String street = "合并拆分街道" + n;
        addChild("STREET", street);
        visible(treeNode(street)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), street));
        // only what may sit below a street is offered
        visible(By.id("add-child")).click();
        List<String> kinds = new Select(visible(By.cssSelector("#unit-card .panel select[name=kind]"))).getOptions()
                .stream().map(WebElement::getText).toList();
        assertTrue(kinds.equals(List.of("社区妇联", "村妇联", "基层妇女组织")), kinds.toString());
        visible(By.xpath("//*[@id='unit-card']//button[text()='取消']")).click();
        addChild("COMMUNITY", "甲社区" + n);
        addChild("COMMUNITY", "乙社区" + n);
        addChild("COMMUNITY", "丙社区" + n);

        // 乙 merges into 甲
        visible(treeNode("乙社区" + n)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), "乙社区" + n));
        visible(By.xpath("//*[@id='unit-card']//button[text()='合并']")).click();
        WebElement into = visible(By.cssSelector("#unit-card .panel select[name=intoId]"));
        into.findElement(By.xpath("option[contains(., '甲社区" + n + "')]")).click();
        into.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已合并"));
        visible(By.xpath("//ul[contains(@class,'tree')]//button[contains(@class,'inactive') and text()='乙社区" + n + "']"));

        // 丙 splits into two
        visible(treeNode("丙社区" + n)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-card h2"), "丙社区" + n));
        visible(By.xpath("//*[@id='unit-card']//button[text()='拆分']")).click();
        List<WebElement> names = driver.findElements(By.cssSelector("#unit-card .panel [data-part=name]"));
        names.get(0).sendKeys("丙东社区" + n);
        names.get(1).sendKeys("丙西社区" + n);
        driver.findElement(By.cssSelector("#unit-card .panel button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已拆分为 2 个单位"));
        visible(treeNode("丙东社区" + n));
        visible(treeNode("丙西社区" + n));
        visible(By.xpath("//ul[contains(@class,'tree')]//button[contains(@class,'inactive') and text()='丙社区" + n + "']"));
    }
}
