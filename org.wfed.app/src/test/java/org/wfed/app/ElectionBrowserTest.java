package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 换届选举 in the browser, at a desk and on a 390×844 phone: a community clerk opens the election, records each
 * step, nominates the candidates with the person picker, names the scrutineer and the counter, enters the
 * attendance and the count, then the chair at the first meeting; the street's clerk approves and files it. The
 * outcome is checked through the API; screenshots election-*.png.
 */
class ElectionBrowserTest extends BrowserTestBase {

    @Test
    void aCommunityElectsItsCommitteeAndTheStreetFilesItAtADeskAndOnAPhone() {
        ApiClient admin = ApiClient.admin(WfedServer.url());
        long street = Clerks.unit(admin, Clerks.top(admin), "STREET", Clerks.unique("换届街道"));
        String streetClerk = Clerks.staff(admin, street, "jiedao");
        for (boolean onPhone : new boolean[] {false, true}) {
            String suffix = onPhone ? "phone" : "desk";
            long community = Clerks.unit(admin, street, "COMMUNITY", Clerks.unique("换届社区"));
            String clerk = Clerks.staff(admin, community, "shequ");
            List<String> women = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (String given : new String[] {"甲", "乙", "丙"}) {
                String name = "候选人" + given + System.nanoTime() % 100000;
                women.add(name);
                ids.add(Clerks.woman(admin, community, name, "1985-03-0" + (women.size() + 1)));
            }
            if (onPhone) {
                phone();
            }
            signInAs(clerk);

            // 发起换届: three executives, one per seat, and the chair; no vice-chair
            openPage("elections");
            tap(By.id("new-election"));
            WebElement seats = visible(By.cssSelector("input[type=number][data-kind='EXECUTIVE']"));
            seats.clear();
            seats.sendKeys("3");
            new Select(driver.findElement(By.cssSelector("select[data-kind='EXECUTIVE']"))).selectByValue("false");
            WebElement vice = driver.findElement(By.cssSelector("input[type=checkbox][data-kind='VICE_CHAIR']"));
            if (vice.isSelected()) {
                tap(vice);
            }
            if (onPhone) {
                assertNoSidewaysScroll("election-open-" + suffix);
            }
            tap(By.id("open-election"));
            wait.until(d -> d.getCurrentUrl().contains("id="));
            long election = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            record("同级党组织批复换届请示");
            for (int i = 0; i < 3; i++) {
                nominate("EXECUTIVE", women.get(i), ids.get(i));
            }
            record("提名候选人");
            record("候选人资格审查");
            record("确定候选人名单");
            official("SCRUTINEER", "李监票");
            official("COUNTER", "王计票");
            WebElement attendance = visible(By.id("attendance"));
            type(attendance.findElement(By.name("votersDue")), "20");
            type(attendance.findElement(By.name("votersPresent")), "15");
            assertTrue(attendance.getText().contains("符合法定人数"), "the quorum shows as it is typed: " + attendance.getText());
            tap(By.id("save-attendance"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.notice"), "已保存"));
            record("召开妇女代表大会");

            count("EXECUTIVE", "15", new int[] {14, 13, 12}, "3/3");
            if (onPhone) {
                assertNoSidewaysScroll("election-counted-" + suffix);
            }
            record("投票计票完成");
            record("公布选举结果");
            // the first meeting elects the chair from the new executives
            nominate("CHAIR", women.get(0), ids.get(0));
            count("CHAIR", "3", new int[] {3}, "1/1");
            record("执委会第一次会议");
            assertTrue(driver.findElements(By.id("approve-filing")).isEmpty(), "the community cannot file its own election");
            screenshot("election-first-meeting-" + suffix);

            // the street approves and files it
            driver.manage().deleteAllCookies();
            signInAs(streetClerk);
            driver.get(WfedServer.url() + "/console/#/page/elections?id=" + election);
            driver.navigate().refresh();
            visible(By.name("documents")).sendKeys("街妇字〔2026〕" + (onPhone ? 2 : 1) + "号");
            tap(By.id("approve-filing"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page"), "换届已完成并批复备案"));
            if (onPhone) {
                assertNoSidewaysScroll("election-filed-" + suffix);
            } else {
                screenshot("election-filed-" + suffix);
            }

            JsonNode detail = admin.get("/api/elections/" + election).body();
            assertEquals("FILED", detail.path("election").path("step").asText(), detail.toString());
            for (JsonNode p : detail.path("positions")) {
                assertEquals(p.path("seats").asInt(), p.path("elected").asInt(), p.toString());
                if (p.path("kind").asText().equals("CHAIR")) {
                    assertTrue(p.path("candidates").toString().contains(women.get(0)), p.toString());
                }
            }
            driver.manage().deleteAllCookies();
        }
    }

    /** 记录完成 of the next step, checked in the step list. */
    private void record(String step) {
        WebElement button = visible(By.id("record-step"));
        assertTrue(button.getText().contains(step), "the next step is " + step + ": " + button.getText());
        tap(button);
        awaitOrError(d -> d.findElements(By.xpath("//div[@class='page']//ol/li[starts-with(., '✓ " + step + "')]")).size() == 1, step);
    }

    /** Finds the woman with the picker in the position's card and nominates her. */
    private void nominate(String kind, String name, long personId) {
        By card = By.cssSelector("div[data-position='" + kind + "']");
        WebElement search = visible(card).findElement(By.cssSelector(".person-search"));
        search.sendKeys(name.substring(0, 4));
        tap(visible(By.cssSelector("div[data-position='" + kind + "'] button.person-option[data-person='" + personId + "']")));
        tap(driver.findElement(card).findElement(By.cssSelector("button[id^='nominate-']")));
        awaitOrError(d -> !d.findElements(By.xpath("//div[@data-position='" + kind + "']//table//td[contains(., '" + name + "')]")).isEmpty(),
                "nominating " + name);
    }

    private void official(String role, String name) {
        WebElement card = visible(By.id("officials"));
        new Select(card.findElement(By.name("role"))).selectByValue(role);
        card.findElement(By.name("name")).sendKeys(name);
        tap(By.id("add-official"));
        awaitOrError(d -> d.findElement(By.id("officials")).getText().contains(name), "adding " + name);
    }

    /** 录入计票结果 from the counting sheet: every ballot returned and valid, the yes votes given, the rest no. */
    private void count(String kind, String ballots, int[] yes, String elected) {
        WebElement card = visible(By.cssSelector("div[data-position='" + kind + "']"));
        type(card.findElement(By.name("votersPresent")), ballots);
        type(card.findElement(By.name("issued")), ballots);
        type(card.findElement(By.name("returned")), ballots);
        type(card.findElement(By.name("valid")), ballots);
        for (int i = 0; i < yes.length; i++) {
            type(card.findElement(By.name("tallies[" + i + "].yes")), String.valueOf(yes[i]));
            type(card.findElement(By.name("tallies[" + i + "].no")), String.valueOf(Integer.parseInt(ballots) - yes[i]));
        }
        tap(card.findElement(By.cssSelector("button[id^='submit-count-']")));
        awaitOrError(d -> d.findElement(By.cssSelector("div[data-position='" + kind + "'] h3")).getText().contains("已当选 " + elected),
                "counting " + kind);
    }
}
