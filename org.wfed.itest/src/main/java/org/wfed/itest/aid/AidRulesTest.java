package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** The aid rules as a clerk meets them: refusals with reasons, budgets and quotas, the public-notice gate. */
class AidRulesTest {
    private static AidFixture f;
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate FIFTY = TODAY.minusYears(50);

    @BeforeAll
    static void setUp() {
        f = new AidFixture();
    }

    @Test
    void shippedProgrammesIncludeTwoCancersAidOfTenThousandYuanOncePerLife() {
        JsonNode all = f.admin.get("aid/programmes").expect(200).body();
        JsonNode tca = null;
        for (JsonNode p : all) {
            if ("TWO_CANCERS_AID".equals(p.path("code").asText())) {
                tca = p;
            }
        }
        assertTrue(tca != null, all.toString());
        assertEquals(1_000_000, tca.path("amountFen").asLong());
        assertTrue(tca.path("rules").path("onceEver").asBoolean());
        assertTrue(tca.path("rules").path("requiresDiagnosis").asBoolean());
        assertEquals("[\"BANK\"]", tca.path("channels").toString());
        assertEquals("[\"COMMUNITY\",\"STREET\",\"DISTRICT\"]", tca.path("reviewLevels").toString());
        assertTrue(all.toString().contains("春蕾计划") && all.toString().contains("女性安康保险") && all.toString().contains("节日慰问"));
    }

    @Test
    void twoCancersAidNeedsAQualifyingDiagnosisAndIsPaidOncePerLife() {
        long woman = f.woman(FIFTY, "DIBAO");
        long tca = programmeId("TWO_CANCERS_AID");
        Api.Reply refused = f.apply(tca, woman, TODAY.minusYears(1)).expect(400);
        assertEquals("AID_NOT_ELIGIBLE", refused.code());
        assertTrue(refused.body().path("message").asText().contains("缺少符合条件的确诊记录"), refused.body().toString());

        f.admin.post("aid/diagnoses", Map.of("personId", woman, "site", "CERVICAL", "stage", "IIB",
                "diagnosedOn", TODAY.minusYears(1).toString())).expect(201);
        JsonNode first = f.approveAll(f.apply(tca, woman, TODAY.minusYears(1)).expect(201).body());
        assertEquals("APPROVED", first.path("status").asText());

        Api.Reply again = f.apply(tca, woman, TODAY).expect(400);
        assertTrue(again.body().path("message").asText().contains("终身限享受一次"), again.body().toString());
    }

    @Test
    void reviewGoesCommunityStreetDistrictWithComments() {
        long woman = f.woman(FIFTY, "DIBAO");
        long p = f.programme(Map.of("reviewLevels", List.of("COMMUNITY", "STREET", "DISTRICT")), Map.of()).path("id").asLong();
        JsonNode a = f.apply(p, woman, TODAY).expect(201).body();
        assertEquals("COMMUNITY", a.path("nextLevel").asText());
        assertEquals(f.community, a.path("nextUnitId").asLong());
        a = f.review(f.admin, a, true).expect(200).body();
        assertEquals("STREET", a.path("nextLevel").asText());
        assertEquals(f.street, a.path("nextUnitId").asLong());
        JsonNode inbox = f.admin.get("aid/applications?inbox=true&level=STREET&unitId=" + f.street).expect(200).body();
        assertTrue(inbox.toString().contains("\"id\":" + a.path("id").asLong()), inbox.toString());
        a = f.review(f.admin, a, false).expect(200).body();
        assertEquals("REJECTED", a.path("status").asText());
        assertEquals(2, a.path("reviews").size());
        assertEquals("不符合条件", a.path("reviews").get(1).path("comment").asText());
        // a rejection needs its reason
        JsonNode b = f.apply(p, f.woman(FIFTY), TODAY).expect(201).body();
        assertEquals("VALIDATION_FAILED", f.admin.post("aid/applications/" + b.path("id").asLong() + "/review",
                Map.of("approve", false, "version", b.path("version").asInt())).expect(400).code());
    }

    @Test
    void clerkCannotReviewAtTheStreetLevel() {
        Api clerk = f.admin.createUser(f.community, "UNIT_ADMIN");
        long p = f.programme(Map.of("reviewLevels", List.of("COMMUNITY", "STREET")), Map.of()).path("id").asLong();
        JsonNode a = f.review(clerk, f.apply(p, f.woman(FIFTY), TODAY).expect(201).body(), true).expect(200).body();
        assertEquals("STREET", a.path("nextLevel").asText());
        assertEquals("FORBIDDEN", f.review(clerk, a, true).expect(403).code());
    }

    @Test
    void notAidedInTheLastYearsIsCheckedAcrossNamedProgrammes() {
        JsonNode visit = f.programme(Map.of(), Map.of());
        JsonNode study = f.programme(Map.of(), Map.of("noAidYears", 1,
                "noAidProgrammes", List.of(visit.path("code").asText())));
        long woman = f.woman(FIFTY, "DIBAO");
        f.approveAll(f.apply(visit.path("id").asLong(), woman, TODAY.minusYears(1)).expect(201).body());
        Api.Reply r = f.apply(study.path("id").asLong(), woman, TODAY).expect(400);
        assertTrue(r.body().path("message").asText().contains("近1年内已获得救助"), r.body().toString());
        // and a woman never aided may apply
        f.apply(study.path("id").asLong(), f.woman(FIFTY, "DIBAO"), TODAY).expect(201);
        // the same programme twice in one year is refused too
        Api.Reply twice = f.apply(visit.path("id").asLong(), woman, TODAY.minusYears(1)).expect(400);
        assertTrue(twice.body().path("message").asText().contains("每年限一次"), twice.body().toString());
    }

    @Test
    void ageAndCategoryAreCheckedWithEveryReason() {
        long p = f.programme(Map.of(), Map.of("categories", List.of("ORPHAN"), "minAge", 6, "maxAge", 18)).path("id").asLong();
        Api.Reply r = f.apply(p, f.woman(FIFTY, "DIBAO"), TODAY).expect(400);
        assertEquals(2, r.body().path("fields").size(), r.body().toString());
        assertTrue(r.body().path("message").asText().contains("孤儿"), r.body().toString());
        assertTrue(r.body().path("message").asText().contains("6–18岁"), r.body().toString());
        JsonNode check = f.admin.get("aid/applications/check?programmeId=" + p + "&personId=" + f.woman(FIFTY, "DIBAO"))
                .expect(200).body();
        assertFalse(check.path("eligible").asBoolean());
    }

    @Test
    void theUnitQuotaStopsTheSecondApproval() {
        long p = f.programme(Map.of("quotaPerUnit", 1), Map.of()).path("id").asLong();
        JsonNode a = f.apply(p, f.woman(FIFTY), TODAY).expect(201).body();
        JsonNode b = f.apply(p, f.woman(FIFTY), TODAY).expect(201).body();
        f.review(f.admin, a, true).expect(200);
        Api.Reply r = f.review(f.admin, b, true).expect(409);
        assertEquals("AID_QUOTA_EXCEEDED", r.code());
        assertEquals("REVIEWING", f.admin.get("aid/applications/" + b.path("id").asLong()).expect(200).body()
                .path("status").asText());
    }

    @Test
    void twoConcurrentApprovalsCannotOverspendTheBudget() throws Exception {
        // budget for one and a half payments: whoever approves second must be refused
        long p = f.programme(Map.of("amountFen", 100_000, "budgetFen", 150_000), Map.of()).path("id").asLong();
        List<JsonNode> apps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            apps.add(f.apply(p, f.woman(FIFTY), TODAY).expect(201).body());
        }
        Api second = Api.admin();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Reply> r1 = pool.submit(() -> {
                start.await();
                return f.review(f.admin, apps.get(0), true);
            });
            Future<Api.Reply> r2 = pool.submit(() -> {
                start.await();
                return f.review(second, apps.get(1), true);
            });
            start.countDown();
            List<Integer> codes = new ArrayList<>(List.of(r1.get().status(), r2.get().status()));
            codes.sort(null);
            assertEquals(List.of(200, 409), codes, r1.get().body() + " / " + r2.get().body());
            Api.Reply refused = r1.get().status() == 409 ? r1.get() : r2.get();
            assertEquals("AID_BUDGET_EXCEEDED", refused.code());
            assertTrue(refused.body().path("message").asText().contains("预算不足"));
        } finally {
            pool.shutdown();
        }
        JsonNode ledger = f.admin.get("aid/ledger?programmeId=" + p + "&unitId=" + f.community).expect(200).body();
        assertEquals(1, ledger.path("total").asInt());
        assertEquals(1, ledger.path("items").size());
    }

    @Test
    void aWholeApprovedListIsPaidInOneGoOrNotAtAll() {
        long p = f.programme(Map.of(), Map.of()).path("id").asLong();
        List<JsonNode> approved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            approved.add(f.approveAll(f.apply(p, f.woman(FIFTY), TODAY).expect(201).body()));
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode a : approved) {
            lines.add(Map.of("applicationId", a.path("id").asLong(), "version", a.path("version").asInt()));
        }
        // the third line is stale (someone else changed it): nobody is paid
        List<Map<String, Object>> stale = new ArrayList<>(lines.subList(0, 2));
        stale.add(Map.of("applicationId", approved.get(2).path("id").asLong(), "version", approved.get(2).path("version").asInt() + 1));
        Api.Reply refused = f.admin.post("aid/applications/payments", Map.of("lines", stale, "channel", "BANK",
                "paidOn", TODAY.toString())).expect(409);
        assertTrue(refused.body().path("message").asText().startsWith("第3笔"), refused.body().toString());
        for (JsonNode a : approved) {
            assertEquals("APPROVED", f.admin.get("aid/applications/" + a.path("id").asLong()).expect(200).body().path("status").asText());
        }

        JsonNode paid = f.admin.post("aid/applications/payments", Map.of("lines", lines, "channel", "BANK",
                "paidOn", TODAY.toString())).expect(200).body();
        assertEquals(3, paid.size());
        for (JsonNode a : paid) {
            assertEquals("PAID", a.path("status").asText());
            assertEquals(100_000, a.path("paidFen").asLong());
        }
        JsonNode audit = f.admin.get("audit?action=aid.application.pay&size=200").expect(200).body().path("items");
        for (JsonNode a : approved) {
            boolean logged = false;
            for (JsonNode e : audit) {
                logged |= e.path("recordId").asText().equals(a.path("id").asText());
            }
            assertTrue(logged, "each payment audited: " + a.path("id"));
        }
    }

    @Test
    void tickedApplicationsAreDecidedInOneGoOrNotAtAll() {
        // budget for two: approving three together fails on the third inside the transaction, so none is approved
        long p = f.programme(Map.of("amountFen", 100_000, "budgetFen", 200_000), Map.of()).path("id").asLong();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode a = f.apply(p, f.woman(FIFTY), TODAY).expect(201).body();
            lines.add(Map.of("applicationId", a.path("id").asLong(), "version", a.path("version").asInt()));
        }
        Api.Reply refused = f.admin.post("aid/applications/reviews", Map.of("lines", lines, "approve", true)).expect(409);
        assertEquals("AID_BUDGET_EXCEEDED", refused.code());
        assertTrue(refused.body().path("message").asText().startsWith("第3笔"), refused.body().toString());
        assertTrue(refused.body().path("message").asText().contains("本批均未处理"), refused.body().toString());
        for (Map<String, Object> line : lines) {
            assertEquals("REVIEWING", f.admin.get("aid/applications/" + line.get("applicationId")).expect(200).body()
                    .path("status").asText());
        }

        // a return needs its comment, at the field the form shows
        Api.Reply noComment = f.admin.post("aid/applications/reviews", Map.of("lines", lines, "approve", false)).expect(400);
        assertEquals("comment", noComment.body().path("fields").path(0).path("field").asText(), noComment.body().toString());

        JsonNode returned = f.admin.post("aid/applications/reviews", Map.of("lines", lines, "approve", false,
                "comment", "材料不全")).expect(200).body();
        assertEquals(3, returned.size());
        JsonNode audit = f.admin.get("audit?action=aid.application.reject&size=200").expect(200).body().path("items");
        for (JsonNode a : returned) {
            assertEquals("REJECTED", a.path("status").asText());
            boolean logged = false;
            for (JsonNode e : audit) {
                logged |= e.path("recordId").asText().equals(a.path("id").asText());
            }
            assertTrue(logged, "each decision audited: " + a.path("id"));
        }
    }

    @Test
    void paymentWaitsForTheEndOfThePublicNotice() {
        long p = f.programme(Map.of("noticeDays", 7), Map.of()).path("id").asLong();
        JsonNode a = f.approveAll(f.apply(p, f.woman(FIFTY), TODAY).expect(201).body());
        long id = a.path("id").asLong();
        assertEquals("AID_NOTICE_REQUIRED", pay(id, a.path("version").asInt(), 100_000).expect(409).code());
        JsonNode noticed = f.admin.post("aid/applications/" + id + "/notice", Map.of("from", TODAY.toString(),
                "version", a.path("version").asInt())).expect(200).body();
        // seven working days on the federation's calendar (weekends, holidays and 调休 as in activities)
        assertEquals(Api.service(org.wfed.core.NoticeCalendar.class).end(TODAY, 7, true).toString(),
                noticed.path("noticeTo").asText());
        Api.Reply early = pay(id, noticed.path("version").asInt(), 100_000).expect(409);
        assertEquals("NOTICE_NOT_ENDED", early.code());

        // a notice cannot start before the decision it announces
        JsonNode b = f.approveAll(f.apply(p, f.woman(FIFTY), TODAY.minusDays(20)).expect(201).body());
        Api.Reply early2 = f.admin.post("aid/applications/" + b.path("id").asLong() + "/notice",
                Map.of("from", TODAY.minusDays(10).toString(), "version", b.path("version").asInt())).expect(400);
        assertEquals("from", early2.body().path("fields").get(0).path("field").asText(), early2.body().toString());
        assertTrue(early2.body().path("fields").get(0).path("message").asText().contains("决定日期"), early2.body().toString());
        // decided weeks ago (as if reviewed then): its notice of seven working days ran from 14 days ago and has ended
        AidFixture.decidedOn(b.path("id").asLong(), TODAY.minusDays(15));
        JsonNode bn = f.admin.post("aid/applications/" + b.path("id").asLong() + "/notice",
                Map.of("from", TODAY.minusDays(14).toString(), "version", b.path("version").asInt())).expect(200).body();
        Api.Reply beforeApproval = f.admin.post("aid/applications/" + bn.path("id").asLong() + "/payment", Map.of("amountFen", 100_000,
                "paidOn", TODAY.minusDays(16).toString(), "channel", "BANK", "version", bn.path("version").asInt())).expect(400);
        assertEquals("paidOn", beforeApproval.body().path("fields").get(0).path("field").asText(), beforeApproval.body().toString());
        assertEquals("AID_OVER_APPROVED", pay(bn.path("id").asLong(), bn.path("version").asInt(), 100_001).expect(409).code());
        JsonNode paid = pay(bn.path("id").asLong(), bn.path("version").asInt(), 100_000).expect(200).body();
        assertEquals("PAID", paid.path("status").asText());
        assertEquals("6228***********8901", paid.path("bankAccount").asText());
        JsonNode received = f.admin.post("aid/applications/" + paid.path("id").asLong() + "/receipt",
                Map.of("version", paid.path("version").asInt())).expect(200).body();
        assertEquals("RECEIVED", received.path("status").asText());

        Api.Reply csv = f.admin.get("aid/ledger.csv?programmeId=" + p + "&unitId=" + f.community).expect(200);
        String text = csv.raw().body();
        assertTrue(text.startsWith("\uFEFF" + TODAY.getYear() + "年救助台账\r\n申请编号,项目"), text);
        assertTrue(text.contains("1000.00") && text.contains("6228***********8901") && !text.contains("6228480012345678901"), text);
        Api.Reply xlsx = f.admin.get("aid/ledger.xlsx?programmeId=" + p + "&unitId=" + f.community).expect(200);
        assertTrue(xlsx.raw().body().startsWith("PK"), "an XLSX workbook is a zip");
        assertTrue(xlsx.raw().headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    }

    @Test
    void aVisitListAppliesForEachAndReportsWhoWasRefused() {
        long p = f.programme(Map.of("amountFen", 50_000), Map.of("categories", List.of("DIBAO"))).path("id").asLong();
        long a = f.woman(FIFTY, "DIBAO");
        long b = f.woman(FIFTY, "ORPHAN");
        JsonNode r = f.admin.post("aid/applications/bulk", Map.of("programmeId", p, "personIds", List.of(a, b, 99_999_999L),
                "reason", "春节慰问")).expect(200).body();
        assertEquals(1, r.path("created").asInt(), r.toString());
        assertTrue(r.path("lines").get(0).path("applicationId").asLong() > 0);
        assertTrue(r.path("lines").get(1).path("refusal").asText().contains("不属于本项目的救助对象类别"), r.toString());
        assertTrue(r.path("lines").get(2).path("refusal").asText().contains("找不到该人员"), r.toString());
    }

    @Test
    void anApprovedYearIsClosedToApplicationsDatedInIt() {
        long unit = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("锁定社区"));
        long woman = f.beneficiary(unit, FIFTY, "DIBAO").path("personId").asLong();
        long p = f.programme(Map.of(), Map.of()).path("id").asLong();
        org.wfed.core.Caller admin = f.adminCaller();
        Api.service(org.wfed.core.Database.class).write(c -> {
            Api.service(org.wfed.core.PeriodLocks.class).lock(c, admin, unit, 2020);
            return null;
        });
        assertEquals("PERIOD_LOCKED", f.apply(p, woman, LocalDate.of(2020, 6, 1)).expect(409).code());
        f.apply(p, woman, TODAY).expect(201);
    }

    private static Api.Reply pay(long id, int version, long fen) {
        return f.admin.post("aid/applications/" + id + "/payment", Map.of("amountFen", fen, "channel", "BANK",
                "paidOn", TODAY.toString(), "version", version));
    }

    private static long programmeId(String code) {
        for (JsonNode p : f.admin.get("aid/programmes").expect(200).body()) {
            if (code.equals(p.path("code").asText())) {
                return p.path("id").asLong();
            }
        }
        throw new AssertionError("no programme " + code);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
