package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** 两癌 screening: the target group, follow-up of abnormal results, and a diagnosis that offers 两癌救助. */
class ScreeningTest {
    private static AidFixture f;
    private static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void setUp() {
        f = new AidFixture();
    }

    @Test
    void invitationsKeepToWomenOfTheTargetAgeNotScreenedRecently() {
        long young = f.woman(TODAY.minusYears(30), "DIBAO");
        long due = f.woman(TODAY.minusYears(50), "DIBAO");
        long due2 = f.woman(TODAY.minusYears(45));
        long campaign = campaign();
        JsonNode r = f.admin.post("aid/campaigns/" + campaign + "/invitations",
                Map.of("personIds", List.of(young, due, due2), "fromBeneficiaries", false)).expect(200).body();
        assertEquals(2, r.path("invited").asInt(), r.toString());
        assertTrue(r.path("skipped").get(0).path("reason").asText().contains("不在35–64岁"), r.toString());
        JsonNode list = f.admin.get("aid/campaigns/" + campaign + "/invitations").expect(200).body();
        assertEquals(due, list.get(0).path("personId").asLong(), "low-income women first");

        screen(campaign, due, "NORMAL");
        long next = campaign();
        JsonNode again = f.admin.post("aid/campaigns/" + next + "/invitations",
                Map.of("personIds", List.of(due, due2), "fromBeneficiaries", false)).expect(200).body();
        assertEquals(1, again.path("invited").asInt());
        assertTrue(again.toString().contains("近2年内已筛查"), again.toString());
    }

    @Test
    void abnormalResultOpensAFollowUpWhoseCancerDiagnosisOffersTwoCancersAid() {
        long woman = f.woman(TODAY.minusYears(52), "DIBAO");
        long campaign = campaign();
        screen(campaign, woman, "ABNORMAL");
        JsonNode work = f.admin.get("aid/follow-ups?unitId=" + f.community).expect(200).body();
        JsonNode mine = null;
        for (JsonNode u : work) {
            if (u.path("personId").asLong() == woman) {
                mine = u;
            }
        }
        assertTrue(mine != null, work.toString());
        assertEquals("CERVICAL", mine.path("site").asText());
        assertEquals(TODAY.plusDays(30).toString(), mine.path("dueOn").asText());

        Api.Reply bad = f.admin.post("aid/follow-ups/" + mine.path("id").asLong() + "/outcome",
                Map.of("outcome", "CANCER", "stage", "late", "version", mine.path("version").asInt())).expect(400);
        assertEquals("VALIDATION_FAILED", bad.code());
        JsonNode closed = f.admin.post("aid/follow-ups/" + mine.path("id").asLong() + "/outcome",
                Map.of("outcome", "CANCER", "stage", "IIIA", "version", mine.path("version").asInt())).expect(200).body();
        assertEquals("CANCER", closed.path("followUp").path("outcome").asText());
        JsonNode offer = closed.path("aidOffer");
        assertEquals(woman, offer.path("personId").asLong(), closed.toString());
        assertTrue(offer.path("reason").asText().contains("宫颈癌IIIA期"));
        // the pre-filled application goes in as it is
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", offer.path("programmeId").asLong());
        body.put("personId", woman);
        body.put("reason", offer.path("reason").asText());
        JsonNode application = f.admin.post("aid/applications", body).expect(201).body();
        assertEquals(1_000_000, application.path("amountFen").asLong());
        JsonNode open = f.admin.get("aid/follow-ups?unitId=" + f.community).expect(200).body();
        assertTrue(!open.toString().contains("\"id\":" + mine.path("id").asLong() + ","), open.toString());
    }

    @Test
    void mammographyIsRequiredForBiRads0And3() {
        long woman = f.woman(TODAY.minusYears(40));
        Map<String, Object> s = new HashMap<>(Map.of("personId", woman, "screenedOn", TODAY.toString(),
                "breastClinical", "NORMAL", "breastBirads", "3", "consentOn", TODAY.toString()));
        Api.Reply r = f.admin.post("aid/campaigns/" + campaign() + "/screenings", s).expect(400);
        assertTrue(r.body().path("fields").toString().contains("mammography"), r.body().toString());
    }

    private static long campaign() {
        return f.admin.post("aid/campaigns", Map.of("unitId", f.community, "year", TODAY.getYear(),
                "name", Api.unique("两癌筛查"))).expect(201).body().path("id").asLong();
    }

    private static void screen(long campaign, long woman, String cervical) {
        f.admin.post("aid/campaigns/" + campaign + "/screenings", Map.of("personId", woman, "screenedOn", TODAY.toString(),
                "cervicalMethod", "TBS", "cervicalResult", cervical, "consentOn", TODAY.toString())).expect(201);
    }
}
