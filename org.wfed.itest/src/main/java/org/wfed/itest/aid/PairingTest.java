package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * 一对一结对帮扶: helpers of the registry paired with beneficiaries' households through the REST API. The table counts
 * the households and the distinct helpers of the pairings a year overlaps, the draft states them, and the rules hold —
 * the same helper once per household at a time, never the woman herself, only a registered beneficiary, nobody outside
 * the subtree, an end neither stale nor before the start nor twice.
 */
class PairingTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final int YEAR = TODAY.getYear();
    private static AidFixture f;

    @BeforeAll
    static void up() {
        f = new AidFixture();
    }

    @Test
    void householdsAndHelpersOfAYearAreCountedAndDrafted() {
        long community = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("结对社区"), LocalDate.of(YEAR - 1, 1, 1));
        long w1 = woman(community);
        long w2 = woman(community);
        long w3 = woman(community);
        long lastYears = woman(community);
        long h1 = helper(community);
        long h2 = helper(community);
        pair(w1, h1, TODAY).expect(201);
        pair(w2, h1, TODAY).expect(201);
        JsonNode p3 = pair(w3, h2, TODAY).expect(201).body();
        assertEquals(h2, p3.path("helperPersonId").asLong());
        assertTrue(p3.path("endedOn").isNull(), p3.toString());
        // a second helper of w1 this year, ended at once: still one household, the helper counts
        JsonNode extra = pair(w1, h2, TODAY).expect(201).body();
        f.admin.post("aid/pairings/" + extra.path("id").asLong() + "/end", Map.of("endedOn", TODAY.toString(),
                "version", extra.path("version").asInt())).expect(200);
        // a pairing of last year that ended then counts in last year only
        JsonNode old = pair(lastYears, h1, LocalDate.of(YEAR - 1, 3, 1)).expect(201).body();
        f.admin.post("aid/pairings/" + old.path("id").asLong() + "/end", Map.of("endedOn", LocalDate.of(YEAR - 1, 12, 31).toString(),
                "version", old.path("version").asInt())).expect(200);

        JsonNode now = values(community, YEAR);
        assertEquals(3, now.path("aid.pairedHouseholds").asInt(), now.toString());
        assertEquals(2, now.path("aid.pairingHelpers").asInt(), now.toString());
        JsonNode before = values(community, YEAR - 1);
        assertEquals(1, before.path("aid.pairedHouseholds").asInt(), before.toString());
        assertEquals(1, before.path("aid.pairingHelpers").asInt(), before.toString());
        // the street above sums its community
        assertTrue(values(f.street, YEAR).path("aid.pairedHouseholds").asInt() >= 3);

        JsonNode listed = f.admin.get("aid/pairings?unitId=" + community + "&personId=" + w1).expect(200).body();
        assertEquals(2, listed.path("total").asInt(), listed.toString());
        JsonNode s = f.admin.post("reporting/summaries", Map.of("unitId", community, "year", YEAR)).expect(201).body();
        StringBuilder text = new StringBuilder();
        s.path("sections").forEach(sec -> sec.path("paragraphs").forEach(p -> text.append(p.path("text").asText())));
        assertTrue(text.toString().contains("组织2名爱心人士与3户困难家庭开展一对一结对帮扶"), text.toString());
    }

    @Test
    void theRulesOfAPairingAreKept() {
        long w = f.woman(LocalDate.of(1970, 2, 2), "DIBAO");
        long h = helper(f.community);
        JsonNode p = pair(w, h, TODAY).expect(201).body();
        assertEquals("AID_PAIRING_EXISTS", pair(w, h, TODAY).expect(409).code());
        Api.Reply self = pair(w, w, TODAY).expect(400);
        assertEquals("helperPersonId", self.body().path("fields").get(0).path("field").asText(), self.raw().body());
        Api.Reply notBeneficiary = pair(helper(f.community), h, TODAY).expect(400);
        assertEquals("NOT_BENEFICIARY", notBeneficiary.body().path("fields").get(0).path("code").asText(), notBeneficiary.raw().body());
        Api.Reply future = pair(w, helper(f.community), TODAY.plusDays(1)).expect(400);
        assertEquals("startedOn", future.body().path("fields").get(0).path("field").asText(), future.raw().body());

        // another community's clerk neither sees nor pairs nor ends this community's records: alike a missing one
        long other = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("别的社区"), TODAY);
        Api clerk = f.admin.createUser(other, "STAFF");
        clerk.get("aid/pairings?unitId=" + f.community).expect(404);
        clerk.post("aid/pairings", Map.of("personId", w, "helperPersonId", helper(other), "startedOn", TODAY.toString())).expect(404);
        clerk.post("aid/pairings/" + p.path("id").asLong() + "/end", Map.of("endedOn", TODAY.toString(),
                "version", p.path("version").asInt())).expect(404);

        long id = p.path("id").asLong();
        Api.Reply early = f.admin.post("aid/pairings/" + id + "/end", Map.of("endedOn", TODAY.minusDays(1).toString(),
                "version", p.path("version").asInt())).expect(400);
        assertEquals("endedOn", early.body().path("fields").get(0).path("field").asText(), early.raw().body());
        Api.Reply stale = f.admin.post("aid/pairings/" + id + "/end", Map.of("endedOn", TODAY.toString(),
                "version", p.path("version").asInt() + 1));
        assertEquals(409, stale.status(), stale.raw().body());
        JsonNode ended = f.admin.post("aid/pairings/" + id + "/end", Map.of("endedOn", TODAY.toString(),
                "version", p.path("version").asInt())).expect(200).body();
        assertEquals(TODAY.toString(), ended.path("endedOn").asText());
        assertEquals("AID_PAIRING_ENDED", f.admin.post("aid/pairings/" + id + "/end", Map.of("endedOn", TODAY.toString(),
                "version", ended.path("version").asInt())).expect(409).code());
        // once ended, the same helper may be paired with the household again
        pair(w, h, TODAY).expect(201);
    }

    private static long woman(long unitId) {
        return f.beneficiary(unitId, LocalDate.of(1972, 5, 5), "DIBAO").path("personId").asLong();
    }

    /** A woman of the registry (not a beneficiary) who helps. */
    private static long helper(long unitId) {
        return f.admin.post("people", Map.of("unitId", unitId, "name", Api.unique("爱心妈妈"), "sex", "F", "birthDate", "1980-08-08"))
                .expect(201).body().path("id").asLong();
    }

    private static Api.Reply pair(long personId, long helperPersonId, LocalDate on) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", personId, "helperPersonId", helperPersonId, "startedOn", on.toString()));
        body.put("note", "爱心帮扶工程");
        return f.admin.post("aid/pairings", body);
    }

    private static JsonNode values(long unitId, int year) {
        return f.admin.get("reporting/table?unitId=" + unitId + "&year=" + year + "&compare=false").expect(200).body()
                .path("total").path("values");
    }
}
