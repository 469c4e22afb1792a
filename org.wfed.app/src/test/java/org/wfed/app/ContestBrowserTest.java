package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 评选表彰 in the browser, at a desk and on a 390×844 phone: a community's unit admin opens a 清洁家庭 contest,
 * nominates two families with their members, starts the review, scores them, publishes the notice, registers an
 * objection — which holds the result back until she resolves it — and, once the notice has run, confirms the
 * result and commends them: each family gets a certificate number people read (…〔2026〕清洁家庭第001号).
 *
 * <p>The notice runs for days: the test runs its own wfed and lets three weeks pass while the contests are on
 * notice ({@link TimePasses}).
 * Screenshots contest-*.png.
 */
class ContestBrowserTest extends OwnServerBrowserTest {
    @Test
    void aCommunityCommendsItsCleanFamiliesAtADeskAndOnAPhone() throws Exception {
        ApiClient admin = ApiClient.admin(wfed.url());
        long street = Clerks.unit(admin, Clerks.top(admin), "STREET", Clerks.unique("评选街道"));
        long type = typeId(admin, "CLEAN_FAMILY");
        List<String> heads = new ArrayList<>();
        List<Long> contests = new ArrayList<>();
        List<String> families = new ArrayList<>();
        for (boolean onPhone : new boolean[] {false, true}) {
            // a community of its own each time: one 清洁家庭 contest a unit a year
            long community = Clerks.unit(admin, street, "COMMUNITY", Clerks.unique("评选社区"));
            heads.add(Clerks.account(admin, community, "pingxuan", "UNIT_ADMIN"));
            if (onPhone) {
                phone();
            }
            signInAs(heads.get(heads.size() - 1));
            contests.add(toNotice(admin, community, type, onPhone, families));
            driver.manage().deleteAllCookies();
        }

        // the notice runs its course (three working days): the same data, some weeks later
        weeksLater(3, "act_contest", contests, "notice_start", "notice_end");

        for (int i = 0; i < 2; i++) {
            boolean onPhone = i == 1;
            if (onPhone) {
                phone();
            } else {
                desk();
            }
            signInAs(heads.get(i));
            driver.get(server() + "/console/#/page/activities-contests?id=" + contests.get(i));
            driver.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page[data-page='activities-contests'] #nominees")));
            tap(By.id("finalise-contest"));
            type(visible(By.name("documentNo")), "东湖妇字〔2026〕" + (i + 3) + "号");
            tap(By.id("commend-contest"));
            awaitOrError(d -> d.findElement(By.id("nominees")).getText().contains("清洁家庭第002号"), "commending");
            String list = driver.findElement(By.id("nominees")).getText();
            int year = LocalDate.now().getYear();
            assertTrue(list.contains("〔" + year + "〕清洁家庭第001号"), "certificate numbers people read: " + list);
            assertTrue(list.contains(families.get(2 * i)) && list.contains(families.get(2 * i + 1)), list);
            if (onPhone) {
                assertNoSidewaysScroll("contest-commended-phone");
            } else {
                screenshot("contest-commended-desk");
            }
            driver.manage().deleteAllCookies();
        }
    }

    /**
     * 新建评选 in the community, two families nominated with their members, the review, a score each, the notice,
     * an objection that holds the result back, and its resolution; answers the contest's id.
     */
    private long toNotice(ApiClient admin, long community, long type, boolean onPhone, List<String> families) {
        String suffix = onPhone ? "phone" : "desk";
        openPage("activities-contests");
        new Select(visible(By.id("contest-type"))).selectByValue(String.valueOf(type));
        tap(By.id("open-contest"));
        awaitOrError(d -> d.getCurrentUrl().contains("id="), "opening the contest");
        long contest = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        for (String family : new String[] {"王", "李"}) {
            String household = family + Clerks.unique("家") + "家庭";
            String wife = family + "秀英" + System.nanoTime() % 1000;
            String husband = family + "建国" + System.nanoTime() % 1000;
            long wifeId = Clerks.woman(admin, community, wife, "1978-03-08");
            long husbandId = person(admin, community, husband);
            WebElement form = visible(By.id("nomination"));
            type(form.findElement(By.name("name")), household);
            member("户主", wife, wifeId);
            member("配偶", husband, husbandId);
            if (onPhone && families.size() % 2 == 0) {
                assertNoSidewaysScroll("contest-nominate-" + suffix);
            }
            tap(By.id("save-nominee"));
            awaitOrError(d -> d.findElement(By.id("nominees")).getText().contains(household), "nominating " + household);
            assertTrue(driver.findElement(By.id("nominees")).getText().contains(wife + "（户主）"), "her relation is kept");
            families.add(household);
        }
        tap(By.id("start-review"));
        visible(By.id("publish-notice"));

        // a score from the panel for each family
        List<String> nominees = driver.findElements(By.cssSelector("input[name=score]")).stream().map(e -> e.getAttribute("data-nominee")).toList();
        assertEquals(2, nominees.size());
        for (String nominee : nominees) {
            type(visible(By.cssSelector("input[name=score][data-nominee='" + nominee + "']")), "92");
            tap(By.cssSelector("button[data-score='" + nominee + "']"));
            awaitOrError(d -> d.findElement(By.cssSelector("input[name=score][data-nominee='" + nominee + "']")).getAttribute("value").isEmpty(),
                    "scoring " + nominee);
        }
        assertTrue(driver.findElement(By.cssSelector(".page")).getText().contains("92.00"), "the panel's average is shown");
        tap(By.id("publish-notice"));
        visible(By.id("objections"));
        if (onPhone) {
            assertNoSidewaysScroll("contest-notice-" + suffix);
        }

        // an objection: the result waits until it is resolved
        type(visible(By.cssSelector("#objections textarea[name=content]")), "反映该户楼道堆放杂物");
        tap(By.id("lodge-objection"));
        awaitOrError(d -> d.findElement(By.id("objections")).getText().contains("反映该户楼道堆放杂物"), "lodging the objection");
        tap(By.id("finalise-contest"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.error"), "异议尚未处理"));
        type(visible(By.cssSelector("#objections input[name=resolution]")), "经核实已清理，异议不成立");
        tap(By.cssSelector("button[id^='resolve-objection-']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objections"), "异议不成立：经核实已清理"));
        // and the notice has not run yet
        tap(By.id("finalise-contest"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.error"), "公示期满后"));
        screenshot("contest-notice-" + suffix);
        return contest;
    }

    /** Picks a family member with the person picker, her relation typed first. */
    private void member(String relation, String name, long personId) {
        WebElement form = visible(By.id("nomination"));
        WebElement rel = form.findElement(By.xpath(".//div[contains(@class,'field')][label[text()='关系']]/input"));
        type(rel, relation);
        form.findElement(By.cssSelector(".person-search")).sendKeys(name);
        tap(visible(By.cssSelector("#nomination button.person-option[data-person='" + personId + "']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#nomination .chips"), name + "（" + relation + "）"));
    }

    private static long typeId(ApiClient admin, String code) {
        for (JsonNode t : admin.get("/api/activities/contest-types").body()) {
            if (t.path("code").asText().equals(code)) {
                return t.path("id").asLong();
            }
        }
        throw new AssertionError("no contest type " + code);
    }

    private static long person(ApiClient admin, long unit, String name) {
        ApiClient.Reply r = admin.post("/api/people", Map.of("unitId", unit, "name", name, "sex", "M", "birthDate", "1976-05-01"));
        assertEquals(201, r.status(), r.raw().body());
        return r.body().path("id").asLong();
    }
}
