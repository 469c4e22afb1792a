package org.wfed.itest.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.PeriodLocks;
import org.wfed.core.WfedException;
import org.wfed.itest.Api;

/** Summaries go community → street up the chain, each approved by its direct parent; approval locks the year, a return unlocks it. */
class ApprovalChainTest {
    private static TestTree tree;
    private static Api admin;
    private static PeriodLocks locks;

    @BeforeAll
    static void up() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        tree = new TestTree(admin);
        locks = Api.service(PeriodLocks.class);
    }

    @Test
    void aStreetIsApprovedOnlyAfterItsCommunitiesAndApprovalLocksTheYear() {
        long street = tree.unit(tree.top(), "STREET", "审核街道");
        long c1 = tree.unit(street, "COMMUNITY", "一社区");
        long c2 = tree.unit(street, "COMMUNITY", "二社区");
        JsonNode s1 = draft(c1);
        JsonNode s2 = draft(c2);
        JsonNode st = admin.post("reporting/summaries", Map.of("unitId", street, "year", 2025)).expect(201).body(); // hints left in

        assertEquals("SUMMARY_NOT_SUBMITTED", act(st, "approve", null).expect(409).code());
        Api.Reply hints = act(st, "submit", null).expect(409);
        assertEquals("SUMMARY_UNFILLED", hints.code(), "a draft still holding （请补充…） cannot be submitted");
        assertTrue(hints.body().path("message").asText().contains("存在的问题和不足"), hints.body().toString());
        st = Drafts.fillHints(admin, st);
        st = act(st, "submit", null).expect(200).body();
        assertEquals("SUBMITTED", st.path("status").asText());
        Api.Reply early = act(st, "approve", null).expect(409);
        assertEquals("CHILDREN_NOT_APPROVED", early.code());
        assertTrue(early.body().path("message").asText().contains("一社区" + tree.tag), early.body().toString());

        s1 = act(act(s1, "submit", null).expect(200).body(), "approve", "同意").expect(200).body();
        assertEquals("APPROVED", s1.path("status").asText());
        assertTrue(locked(c1), "approval locks the community's year");
        WfedException refused = assertThrows(WfedException.class, () -> tree.db().read(c -> {
            locks.checkOpen(c, c1, LocalDate.of(2025, 6, 1));
            return null;
        }));
        assertEquals(409, refused.status());
        assertFalse(locked(c2));
        long pid = s1.path("sections").get(0).path("paragraphs").get(0).path("id").asLong();
        assertEquals("SUMMARY_NOT_EDITABLE", admin.put("reporting/summaries/" + s1.path("id").asLong() + "/paragraphs/" + pid,
                Map.of("template", "改", "version", 0)).expect(409).code());

        assertEquals("CHILDREN_NOT_APPROVED", act(st, "approve", null).expect(409).code());
        act(act(s2, "submit", null).expect(200).body(), "approve", null).expect(200);
        st = act(st, "approve", "区妇联审核通过").expect(200).body();
        assertEquals("APPROVED", st.path("status").asText());
        assertTrue(locked(street));

        JsonNode board = admin.get("reporting/approval/board?unitId=" + street + "&year=2025").expect(200).body();
        assertEquals(3, board.size());
        board.forEach(r -> assertEquals("APPROVED", r.path("status").asText()));

        // a community can only be returned once its street's approval is withdrawn
        s1 = admin.get("reporting/summaries/" + s1.path("id").asLong()).expect(200).body();
        assertEquals("PARENT_APPROVED", act(s1, "return", "请补充数据").expect(409).code());
        assertEquals("VALIDATION_FAILED", act(st, "return", null).expect(400).code());
        st = act(st, "return", "请补充社区数据").expect(200).body();
        assertEquals("RETURNED", st.path("status").asText());
        assertFalse(locked(street), "a return unlocks the year");
        s1 = act(s1, "return", "请补充两癌筛查数据").expect(200).body();
        assertFalse(locked(c1));
        JsonNode last = s1.path("events").get(s1.path("events").size() - 1);
        assertEquals("RETURN", last.path("action").asText());
        assertEquals("请补充两癌筛查数据", last.path("comment").asText());
        admin.put("reporting/summaries/" + s1.path("id").asLong() + "/paragraphs/" + pid,
                Map.of("template", "修改后的导语。", "version", 0)).expect(200);
    }

    @Test
    void aSummaryIsApprovedByItsDirectParentNeverByItsOwnUnitNorAGrandparent() {
        long street = tree.unit(tree.top(), "STREET", "权限街道");
        long community = tree.unit(street, "COMMUNITY", "权限社区");
        Api clerk = admin.createUser(community, "STAFF");
        Api communityAdmin = admin.createUser(community, "UNIT_ADMIN");
        Api streetAdmin = admin.createUser(street, "UNIT_ADMIN");

        JsonNode s = Drafts.fillHints(clerk, clerk.post("reporting/summaries", Map.of("unitId", community, "year", 2025))
                .expect(201).body());
        clerk.post("reporting/summaries", Map.of("unitId", street, "year", 2025)).expect(404);
        s = clerk.post("reporting/approval/" + s.path("id").asLong() + "/submit", Map.of("version", s.path("version").asInt()))
                .expect(200).body();
        Map<String, Object> approve = Map.of("version", s.path("version").asInt());
        // the summary tells each reader whether she reviews it, by the same rule, so the console offers the review only to her
        String read = "reporting/summaries/" + s.path("id").asLong();
        assertFalse(s.path("reviewable").asBoolean(), s.toString());
        assertFalse(admin.get(read).expect(200).body().path("reviewable").asBoolean(), "the district only reads it");
        assertTrue(streetAdmin.get(read).expect(200).body().path("reviewable").asBoolean(), "the street reviews it");
        // and so does the approval board, which offers 审核 only to the reviewer
        assertEquals(List.of(true, false), reviewable(admin.get("reporting/approval/board?unitId=" + street + "&year=2025").expect(200).body()),
                "the district reviews the street, not its community (from the street's board)");
        assertEquals(List.of(false, true), reviewable(streetAdmin.get("reporting/approval/board?unitId=" + street + "&year=2025").expect(200).body()),
                "the street reviews its community, never itself");
        clerk.post("reporting/approval/" + s.path("id").asLong() + "/approve", approve).expect(403);
        communityAdmin.post("reporting/approval/" + s.path("id").asLong() + "/approve", approve).expect(403);
        // the district (the grandparent) sees the summary but is not the reviewing level: the street, its direct parent, is
        Api.Reply grandparent = admin.post("reporting/approval/" + s.path("id").asLong() + "/approve", approve).expect(403);
        assertEquals("FORBIDDEN", grandparent.code());
        assertTrue(grandparent.body().path("message").asText().contains("权限街道" + tree.tag), grandparent.body().toString());
        JsonNode approved = streetAdmin.post("reporting/approval/" + s.path("id").asLong() + "/approve", approve).expect(200).body();
        assertEquals("APPROVED", approved.path("status").asText());
        clerk.get("reporting/approval/board?unitId=" + street + "&year=2025").expect(404);
    }

    @Test
    void anApprovalWithinTheYearLocksOnlyUpToItsCutOffDate() {
        int year = LocalDate.now().getYear();
        long street = tree.unit(tree.top(), "STREET", "截止街道");
        long done = tree.unit(street, "COMMUNITY", "已审社区");
        long missing = tree.unit(street, "COMMUNITY", "未报社区");
        LocalDate cutOff = LocalDate.of(year, 1, 1);

        JsonNode s = act(draftOf(done, year), "submit", null).expect(200).body();
        assertEquals("APPROVED", tree.approverOf(done).post("reporting/approval/" + s.path("id").asLong() + "/approve",
                Map.of("version", s.path("version").asInt(), "cutOff", cutOff.toString())).expect(200).body().path("status").asText());
        assertEquals(cutOff, tree.db().read(c -> locks.lockedThrough(c, done, year)).orElseThrow());
        WfedException refused = assertThrows(WfedException.class, () -> tree.db().read(c -> {
            locks.checkOpen(c, done, cutOff);
            return null;
        }));
        assertEquals("PERIOD_LOCKED", refused.code());
        // the message says what is locked, until when, and who can reopen it
        assertTrue(refused.messageZh().contains("统计截止日" + cutOff + "及以前的数据已锁定"), refused.messageZh());
        assertTrue(refused.messageZh().contains(cutOff.plusDays(1) + "起的数据可照常录入"), refused.messageZh());
        assertTrue(refused.messageZh().contains("上级单位退回"), refused.messageZh());
        tree.db().read(c -> {
            locks.checkOpen(c, done, cutOff.plusDays(1)); // the day after the cut-off stays open
            return null;
        });

        // the street: one community has no summary; approving without it is an explicit, audited choice
        JsonNode st = act(draftOf(street, year), "submit", null).expect(200).body();
        Api.Reply early = act(st, "approve", null).expect(409);
        assertEquals("CHILDREN_NOT_APPROVED", early.code());
        assertEquals("approveWithout", early.body().path("fields").path(0).path("field").asText(), early.body().toString());
        assertTrue(early.body().path("message").asText().contains("未报社区" + tree.tag), early.body().toString());
        st = admin.post("reporting/approval/" + st.path("id").asLong() + "/approve", Map.of("version", st.path("version").asInt(),
                "approveWithout", java.util.List.of(missing))).expect(200).body();
        assertEquals("APPROVED", st.path("status").asText());
        assertEquals(LocalDate.now(), tree.db().read(c -> locks.lockedThrough(c, street, year)).orElseThrow(),
                "the cut-off date defaults to the day of approval while the year runs");
        JsonNode audit = admin.get("audit?action=reporting.summary.approve.without&size=50").expect(200).body().path("items");
        boolean logged = false;
        for (JsonNode e : audit) {
            logged |= e.path("recordId").asText().equals(st.path("id").asText()) && e.path("detail").asText().contains("未报社区");
        }
        assertTrue(logged, audit.toString());
        JsonNode last = st.path("events").get(st.path("events").size() - 1);
        assertTrue(last.path("comment").asText().contains("不含未审核的下级单位：未报社区"), last.toString());
    }

    private static boolean locked(long unit) {
        return tree.db().read(c -> locks.isLocked(c, unit, 2025));
    }

    private static JsonNode draft(long unit) {
        return draftOf(unit, 2025);
    }

    /** A draft as staff submit it: the template hints replaced by their own prose. */
    private static JsonNode draftOf(long unit, int year) {
        return Drafts.fillHints(admin, admin.post("reporting/summaries", Map.of("unitId", unit, "year", year)).expect(201).body());
    }

    private static Api.Reply act(JsonNode summary, String action, String comment) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("version", summary.path("version").asInt());
        if (comment != null) {
            body.put("comment", comment);
        }
        // approving and returning are the superior unit's (the direct parent), everything else the admin's
        Api actor = action.equals("approve") || action.equals("return") ? tree.approverOf(summary.path("unitId").asLong()) : admin;
        return actor.post("reporting/approval/" + summary.path("id").asLong() + "/" + action, body);
    }

    /** Whether the board offers each row (the unit first, then its children) to the caller for review. */
    private static List<Boolean> reviewable(JsonNode board) {
        List<Boolean> out = new java.util.ArrayList<>();
        board.forEach(r -> out.add(r.path("reviewable").asBoolean()));
        return out;
    }
}
