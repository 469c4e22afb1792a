package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** Another unit's beneficiaries are invisible; bank accounts and health data masked unless allowed and asked; reads audited. */
class AidPrivacyTest {
    private static AidFixture f;
    private static long otherCommunity;
    private static JsonNode own;
    private static JsonNode other;
    private static Api clerk;

    @BeforeAll
    static void setUp() {
        f = new AidFixture();
        otherCommunity = f.admin.createUnit(f.admin.createUnit(f.top, "STREET", Api.unique("别的街道")), "COMMUNITY",
                Api.unique("别的社区"));
        own = f.beneficiary(f.community, LocalDate.now().minusYears(40), "DIBAO");
        other = f.beneficiary(otherCommunity, LocalDate.now().minusYears(40), "TEKUN");
        clerk = f.admin.createUser(f.community, "STAFF");
    }

    @Test
    void anotherUnitsBeneficiariesAreInvisible() {
        String mine = clerk.get("aid/beneficiaries").expect(200).body().toString();
        assertTrue(mine.contains("\"id\":" + own.path("id").asLong()), mine);
        assertFalse(mine.contains("\"id\":" + other.path("id").asLong()), mine);
        clerk.get("aid/beneficiaries/" + other.path("id").asLong()).expect(404);
        clerk.get("aid/beneficiaries?unitId=" + otherCommunity).expect(404);
        clerk.get("aid/beneficiaries/by-person/" + other.path("personId").asLong()).expect(404);
    }

    @Test
    void bankAccountIsMaskedUnlessTheRoleAllowsAndTheCallerAsks() {
        long id = own.path("id").asLong();
        JsonNode masked = f.admin.get("aid/beneficiaries/" + id).expect(200).body();
        assertEquals("6228***********8901", masked.path("bankAccount").asText());
        assertTrue(masked.path("masked").asBoolean());
        assertEquals("6228***********8901", clerk.get("aid/beneficiaries/" + id).expect(200).body().path("bankAccount").asText());
        // a clerk may not see it raw, even when she asks
        clerk.get("aid/beneficiaries/" + id + "?reveal=true").expect(403);
        JsonNode raw = f.admin.get("aid/beneficiaries/" + id + "?reveal=true").expect(200).body();
        assertEquals("6228480012345678901", raw.path("bankAccount").asText());
        assertFalse(raw.path("masked").asBoolean());
        String audit = f.admin.get("audit?action=sensitive.read&size=200").expect(200).body().path("items").toString();
        assertTrue(audit.contains("\"recordId\":\"" + id + "\""), audit);
    }

    @Test
    void aChildUnderFourteenNeedsHerGuardiansConsentAndHerNameIsMasked() {
        Map<String, Object> person = new HashMap<>(Map.of("unitId", f.community, "name", "李小花", "sex", "F",
                "birthDate", LocalDate.now().minusYears(9).toString()));
        Map<String, Object> body = new HashMap<>(Map.of("person", person, "categories", List.of("LEFT_BEHIND_CHILD")));
        Api.Reply r = f.admin.post("aid/beneficiaries", body).expect(400);
        assertTrue(r.body().path("fields").toString().contains("guardianConsentOn"), r.body().toString());
        body.put("guardianName", "李奶奶");
        body.put("guardianRelation", "祖母");
        body.put("guardianConsentOn", LocalDate.now().toString());
        JsonNode child = f.admin.post("aid/beneficiaries", body).expect(201).body();
        assertEquals("李**", child.path("name").asText());
    }

    @Test
    void aChangeKeepsTheAccountWhenNoneIsGivenAndStaleVersionsAreRefused() {
        JsonNode b = f.beneficiary(f.community, LocalDate.now().minusYears(45), "DIBAO");
        Map<String, Object> change = new HashMap<>(Map.of("categories", List.of("DIBAO", "DISABLED"),
                "household", "独居", "version", b.path("version").asInt()));
        JsonNode changed = f.admin.put("aid/beneficiaries/" + b.path("id").asLong(), change).expect(200).body();
        assertEquals("[\"DIBAO\",\"DISABLED\"]", changed.path("categories").toString());
        assertEquals("6228***********8901", changed.path("bankAccount").asText());
        assertEquals("VERSION_CONFLICT", f.admin.put("aid/beneficiaries/" + b.path("id").asLong(), change).expect(409).code());
    }

    @Test
    void unknownCategoryIsRefused() {
        Map<String, Object> person = Map.of("unitId", f.community, "name", "赵女士", "sex", "F", "birthDate", "1980-01-01");
        Api.Reply r = f.admin.post("aid/beneficiaries", Map.of("person", person, "categories", List.of("NO_SUCH"))).expect(400);
        assertTrue(r.body().path("fields").toString().contains("未知的困难类别"), r.body().toString());
    }

    @Test
    void healthResultsNeedTheHealthPermissionAreMaskedAndEveryReadIsAudited() {
        JsonNode campaign = f.admin.post("aid/campaigns", Map.of("unitId", f.community, "year", LocalDate.now().getYear(),
                "name", Api.unique("两癌筛查"))).expect(201).body();
        long cid = campaign.path("id").asLong();
        long woman = own.path("personId").asLong();
        JsonNode invited = f.admin.post("aid/campaigns/" + cid + "/invitations",
                Map.of("personIds", List.of(woman), "fromBeneficiaries", false)).expect(200).body();
        assertEquals(1, invited.path("invited").asInt(), invited.toString());
        Map<String, Object> s = new HashMap<>(Map.of("personId", woman, "screenedOn", LocalDate.now().toString(),
                "cervicalMethod", "HPV", "cervicalResult", "ABNORMAL", "breastClinical", "NORMAL", "breastBirads", "2",
                "consentOn", LocalDate.now().toString()));
        f.admin.post("aid/campaigns/" + cid + "/screenings", s).expect(201);
        f.admin.post("aid/campaigns/" + cid + "/screenings", s).expect(201);

        clerk.get("aid/campaigns/" + cid + "/screenings").expect(403);
        // a clerk may record a result without being allowed to read results: she gets it back masked
        JsonNode recorded = clerk.post("aid/campaigns/" + cid + "/screenings", Map.of("personId",
                f.woman(LocalDate.now().minusYears(44)), "screenedOn", LocalDate.now().toString(), "cervicalMethod", "VIA",
                "cervicalResult", "NORMAL", "consentOn", LocalDate.now().toString())).expect(201).body();
        assertEquals("***", recorded.path("cervicalResult").asText());
        JsonNode masked = f.admin.get("aid/campaigns/" + cid + "/screenings").expect(200).body();
        assertEquals(3, masked.size());
        assertEquals("***", masked.get(0).path("cervicalResult").asText());
        assertTrue(masked.get(0).path("duplicate").asBoolean() && masked.get(1).path("duplicate").asBoolean(),
                "a woman screened twice in one campaign is flagged");
        JsonNode raw = f.admin.get("aid/campaigns/" + cid + "/screenings?reveal=true").expect(200).body();
        assertEquals("ABNORMAL", raw.get(0).path("cervicalResult").asText());
        String audit = f.admin.get("audit?action=aid.health.read&size=50").expect(200).body().path("items").toString();
        assertTrue(audit.contains("\"recordId\":\"" + cid + "\""), audit);

        JsonNode c = f.admin.get("aid/campaigns/" + cid).expect(200).body();
        assertEquals(2, c.path("screened").asInt());
        assertEquals(2, c.path("duplicates").asInt());
    }
}
