package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/**
 * Objections (异议) during an aid application's public notice (公示): an open one holds the payment; dismissed, the
 * payment goes ahead; upheld, the application is not granted and gives back its budget and quota place.
 */
class AidObjectionTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static AidFixture f;

    @BeforeAll
    static void setUp() {
        f = new AidFixture();
    }

    @Test
    void anOpenObjectionHoldsThePaymentUntilItIsDismissed() {
        long p = programme();
        JsonNode a = ended(p);
        long id = a.path("id").asLong();
        JsonNode o = lodge(id, TODAY.minusDays(9)).expect(201).body();
        assertTrue(o.path("open").asBoolean(), o.toString());
        assertEquals(1, f.admin.get("aid/applications/" + id + "/objections").expect(200).body().size());

        Api.Reply held = pay(id, a.path("version").asInt()).expect(409);
        assertEquals("OBJECTION_OPEN", held.code());
        assertTrue(held.body().path("message").asText().contains("1条异议尚未处理"), held.body().toString());

        Api.Reply noReason = resolve(id, o, false, "", TODAY).expect(400);
        assertEquals("resolution", noReason.body().path("fields").path(0).path("field").asText(), noReason.body().toString());
        Api.Reply beforeLodged = resolve(id, o, false, "经核实不属实", TODAY.minusDays(10)).expect(400);
        assertEquals("resolvedOn", beforeLodged.body().path("fields").path(0).path("field").asText(),
                beforeLodged.body().toString());
        Api.Reply stale = f.admin.post("aid/applications/" + id + "/objections/" + o.path("id").asLong(), Map.of(
                "upheld", false, "resolution", "经核实不属实", "resolvedOn", TODAY.toString(), "version", 7)).expect(409);
        assertEquals("VERSION_CONFLICT", stale.code());

        JsonNode dismissed = resolve(id, o, false, "经入户核实，反映情况不属实", TODAY).expect(200).body();
        assertFalse(dismissed.path("open").asBoolean(), dismissed.toString());
        assertFalse(dismissed.path("upheld").asBoolean(), dismissed.toString());
        assertEquals("OBJECTION_RESOLVED", resolve(id, dismissed, true, "再次处理", TODAY).expect(409).code());
        assertEquals("PAID", pay(id, a.path("version").asInt()).expect(200).body().path("status").asText());
    }

    @Test
    void anUpheldObjectionWithdrawsTheGrantAndGivesBackItsBudgetAndQuota() {
        long p = programme();
        JsonNode a = ended(p);
        long id = a.path("id").asLong();
        assertEquals(100_000, used("SELECT used_fen FROM aid_budget WHERE programme_id = ?", p));
        assertEquals(1, used("SELECT used FROM aid_quota WHERE programme_id = ?", p));
        JsonNode o = lodge(id, TODAY.minusDays(5)).expect(201).body();
        JsonNode upheld = resolve(id, o, true, "经核实，申请人家庭收入超过标准", TODAY).expect(200).body();
        assertTrue(upheld.path("upheld").asBoolean(), upheld.toString());

        JsonNode after = f.admin.get("aid/applications/" + id).expect(200).body();
        assertEquals("REJECTED", after.path("status").asText(), after.toString());
        assertEquals(0, used("SELECT used_fen FROM aid_budget WHERE programme_id = ?", p));
        assertEquals(0, used("SELECT used FROM aid_quota WHERE programme_id = ?", p));
        assertEquals("AID_WRONG_STATUS", pay(id, after.path("version").asInt()).expect(409).code());
        JsonNode audit = f.admin.get("audit?action=aid.objection.resolve&size=50").expect(200).body().path("items");
        assertTrue(audit.toString().contains("upheld: application " + id), audit.toString());
    }

    @Test
    void objectionsAreTakenOnlyDuringANoticeAndNotBeforeItStarted() {
        long p = programme();
        JsonNode approved = f.approveAll(f.apply(p, f.woman(TODAY.minusYears(40)), TODAY).expect(201).body());
        long id = approved.path("id").asLong();
        assertEquals("AID_WRONG_STATUS", lodge(id, TODAY).expect(409).code());
        JsonNode noticed = f.admin.post("aid/applications/" + id + "/notice", Map.of("from", TODAY.toString(),
                "version", approved.path("version").asInt())).expect(200).body();
        Api.Reply early = lodge(noticed.path("id").asLong(), TODAY.minusDays(1)).expect(400);
        assertEquals("lodgedOn", early.body().path("fields").path(0).path("field").asText(), early.body().toString());
        Api.Reply empty = f.admin.post("aid/applications/" + id + "/objections", Map.of("lodgedOn", TODAY.toString()))
                .expect(400);
        assertEquals("content", empty.body().path("fields").path(0).path("field").asText(), empty.body().toString());
        assertEquals(404, f.admin.get("aid/applications/99999999/objections").status());
    }

    /** A programme with a 7-day notice, a budget and a quota per unit. */
    private static long programme() {
        return f.programme(Map.of("noticeDays", 7, "budgetFen", 1_000_000, "quotaPerUnit", 3), Map.of())
                .path("id").asLong();
    }

    /** An application approved 15 days ago whose notice of seven working days ran from 14 days ago and has ended. */
    private static JsonNode ended(long programmeId) {
        JsonNode a = f.approveAll(f.apply(programmeId, f.woman(TODAY.minusYears(45)), TODAY.minusDays(20)).expect(201).body());
        AidFixture.decidedOn(a.path("id").asLong(), TODAY.minusDays(15));
        return f.admin.post("aid/applications/" + a.path("id").asLong() + "/notice", Map.of("from",
                TODAY.minusDays(14).toString(), "version", a.path("version").asInt())).expect(200).body();
    }

    private static Api.Reply lodge(long applicationId, LocalDate on) {
        return f.admin.post("aid/applications/" + applicationId + "/objections", Map.of("lodgedOn", on.toString(),
                "lodgedBy", "本社区居民", "content", "反映申请人家中有经营性收入"));
    }

    private static Api.Reply resolve(long applicationId, JsonNode objection, boolean upheld, String resolution,
                                     LocalDate on) {
        return f.admin.post("aid/applications/" + applicationId + "/objections/" + objection.path("id").asLong(), Map.of(
                "upheld", upheld, "resolution", resolution, "resolvedOn", on.toString(),
                "version", objection.path("version").asInt()));
    }

    private static Api.Reply pay(long id, int version) {
        return f.admin.post("aid/applications/" + id + "/payment", Map.of("amountFen", 100_000, "channel", "BANK",
                "paidOn", TODAY.toString(), "version", version));
    }

    private static long used(String sql, long programmeId) {
        return Api.service(Database.class).read(c -> Jdbc.number(c, sql, programmeId));
    }
}
