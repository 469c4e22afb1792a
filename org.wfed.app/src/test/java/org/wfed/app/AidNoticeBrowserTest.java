package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A 救助申请 through review, public notice and payment in the browser, at a desk and on a 390×844 phone: the
 * community's unit admin approves the application, starts its seven-day notice, records an objection to it and
 * resolves it, is refused a payment while the notice runs, and — its own wfed a few weeks later ({@link TimePasses}) — pays it and confirms the receipt. The records
 * are checked through the API; screenshots aid-notice-*.png.
 */
class AidNoticeBrowserTest extends OwnServerBrowserTest {
    @Test
    void anApplicationIsApprovedNoticedAndPaidAtADeskAndOnAPhone() throws Exception {
        ApiClient admin = ApiClient.admin(wfed.url());
        long street = Clerks.unit(admin, Clerks.top(admin), "STREET", Clerks.unique("公示街道"));
        long community = Clerks.unit(admin, street, "COMMUNITY", Clerks.unique("公示社区"));
        String head = Clerks.account(admin, community, "jiuzhu", "UNIT_ADMIN");
        long programme = AidFixture.programme(admin, 7);
        List<Long> ids = List.of(AidFixture.application(admin, community, programme), AidFixture.application(admin, community, programme));

        for (int i = 0; i < 2; i++) {
            String suffix = i == 1 ? "phone" : "desk";
            long id = ids.get(i);
            if (i == 1) {
                phone();
            }
            signInAs(head);
            // 待我审核 → 同意
            openPage("aid-inbox");
            tap(By.cssSelector("button[data-handle='" + id + "']"));
            tap(By.id("approve-application"));
            awaitOrError(d -> status(admin, id).equals("APPROVED"), "approving");
            // 已批准待发放 → 开始公示 (from today)
            openList("APPROVED", id);
            tap(By.id("start-notice"));
            awaitOrError(d -> status(admin, id).equals("NOTICE"), "starting the notice");
            // 公示中: the payment waits for the notice to end
            openList("NOTICE", id);
            visible(By.cssSelector(".badge.warn"));
            // 公示异议: an objection is recorded and resolved (不成立) on the page; the payment still waits for the end
            type(visible(By.cssSelector("#lodge-objection")).findElement(By.xpath("ancestor::form"))
                    .findElement(By.name("content")), "反映申请人家中有经营性收入");
            tap(By.id("lodge-objection"));
            awaitOrError(d -> objections(admin, id).size() == 1, "recording an objection");
            type(visible(By.cssSelector("form.resolve-objection textarea[name='resolution']")), "经入户核实，反映情况不属实");
            tap(By.cssSelector("form.resolve-objection button[type='submit']"));
            awaitOrError(d -> !objections(admin, id).path(0).path("open").asBoolean(true), "resolving the objection");
            if (i == 1) {
                assertNoSidewaysScroll("aid-notice-" + suffix);
            }
            tap(By.id("record-payment"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.error"), "公示期满后"));
            assertEquals("NOTICE", status(admin, id));
            driver.manage().deleteAllCookies();
        }

        weeksLater(3, "aid_application", ids, "notice_from", "notice_to");
        ApiClient later = ApiClient.staff(wfed.url(), head); // the admin's second factor is known to the first address only
        for (int i = 0; i < 2; i++) {
            String suffix = i == 1 ? "phone" : "desk";
            long id = ids.get(i);
            if (i == 1) {
                phone();
            } else {
                desk();
            }
            signInAs(head);
            openList("NOTICE", id);
            tap(By.id("record-payment"));
            awaitOrError(d -> status(later, id).equals("PAID"), "paying");
            openList("PAID", id);
            tap(By.id("confirm-receipt"));
            awaitOrError(d -> status(later, id).equals("RECEIVED"), "confirming the receipt");
            if (i == 1) {
                assertNoSidewaysScroll("aid-notice-received-" + suffix);
            } else {
                screenshot("aid-notice-received-" + suffix);
            }
            JsonNode a = later.get("/api/aid/applications/" + id).body();
            assertEquals(100_000, a.path("paidFen").asLong(), a.toString());
            assertTrue(a.path("paidOn").asText().compareTo(a.path("noticeTo").asText()) > 0, "paid after the notice: " + a);
            driver.manage().deleteAllCookies();
        }
    }

    /** The inbox's list of one status, and the application opened from it. */
    private void openList(String status, long id) {
        driver.get(server() + "/console/#/page/aid-inbox?status=" + status);
        driver.navigate().refresh();
        tap(By.cssSelector("button[data-handle='" + id + "']"));
    }

    private static JsonNode objections(ApiClient api, long id) {
        return api.get("/api/aid/applications/" + id + "/objections").body();
    }

    private static String status(ApiClient api, long id) {
        return api.get("/api/aid/applications/" + id).body().path("status").asText();
    }
}
