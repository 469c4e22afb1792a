package org.wfed.itest.rights;

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

/**
 * The case register (issue 14): intake, timeline, closing and orders obey their rules; a community's cases are
 * invisible to another community and to users without the module's permissions; personal data is masked in every
 * answer until a holder of the reveal permission opens a case with a reason, and that reveal is audited.
 */
class RightsCasesTest {
    static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate UNITS = LocalDate.of(TODAY.getYear() - 2, 1, 1);
    private static Api admin;
    private static long street;
    private static long community;
    private static long other;
    private static Api streetAdmin;
    private static Api clerk;
    private static Api otherClerk;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("rights");
        admin = Api.admin();
        street = admin.createUnit(admin.unitId(), "STREET", Api.unique("维权街道"), UNITS);
        community = admin.createUnit(street, "COMMUNITY", Api.unique("维权社区"), UNITS);
        other = admin.createUnit(street, "COMMUNITY", Api.unique("邻社区"), UNITS);
        streetAdmin = admin.createUser(street, "UNIT_ADMIN");
        clerk = admin.createUser(community, "STAFF");
        otherClerk = admin.createUser(other, "STAFF");
    }

    static Map<String, Object> intake(long unit, LocalDate day, String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit, "intakeOn", day.toString(), "source", "VISIT",
                "kind", kind, "handler", "李主任", "request", "要求对方停止骚扰", "narrative", "丈夫酒后多次殴打，邻居报警。",
                "visitors", 2));
        body.put("parties", List.of(Map.of("role", "APPLICANT", "name", "王秀英", "phone", "13912345678", "address", "幸福小区3栋201"),
                Map.of("role", "RESPONDENT", "name", "张强")));
        return body;
    }

    @Test
    void partiesAreMaskedUntilRevealedWithAReasonAndTheRevealIsAudited() {
        JsonNode c = clerk.post("rights/cases", intake(community, TODAY.minusDays(3), "DOMESTIC_VIOLENCE")).expect(201).body();
        long id = c.path("id").asLong();
        assertFalse(c.path("revealed").asBoolean());
        JsonNode applicant = c.path("parties").get(0);
        assertEquals("王**", applicant.path("name").asText());
        assertEquals("139****5678", applicant.path("phone").asText());
        assertTrue(applicant.path("address").isNull(), applicant.toString());
        assertTrue(c.path("narrative").isNull() && c.path("request").isNull(), c.toString());
        String list = clerk.get("rights/cases?unitId=" + community).expect(200).body().toString();
        assertFalse(list.contains("王秀英") || list.contains("13912345678") || list.contains("殴打"), list);
        assertTrue(list.contains("王**"), list);

        // staff may not open personal data; a unit admin may, with a reason, and the reveal is audited
        assertEquals(403, clerk.post("rights/cases/" + id + "/reveal", Map.of("reason", "核实当事人身份")).status());
        assertEquals("reason", streetAdmin.post("rights/cases/" + id + "/reveal", Map.of("reason", "")).expect(400).body()
                .path("fields").get(0).path("field").asText());
        JsonNode full = streetAdmin.post("rights/cases/" + id + "/reveal", Map.of("reason", "联系当事人安排调解")).expect(200).body();
        assertTrue(full.path("revealed").asBoolean());
        assertEquals("王秀英", full.path("parties").get(0).path("name").asText());
        assertEquals("幸福小区3栋201", full.path("parties").get(0).path("address").asText());
        assertEquals("丈夫酒后多次殴打，邻居报警。", full.path("narrative").asText());
        String audit = admin.get("audit?action=rights.case.reveal&size=50").expect(200).body().path("items").toString();
        assertTrue(audit.contains("\"recordId\":\"" + id + "\"") && audit.contains("联系当事人安排调解"), audit);
        String created = admin.get("audit?action=rights.case.create&size=200").expect(200).body().path("items").toString();
        assertFalse(created.contains("王秀英"), "audit entries carry no personal data: " + created);
    }

    @Test
    void anotherCommunityAndUsersWithoutThePermissionSeeNothing() {
        long id = clerk.post("rights/cases", intake(community, TODAY.minusDays(2), "MARITAL_DISPUTE")).expect(201).body()
                .path("id").asLong();
        assertEquals(404, otherClerk.get("rights/cases/" + id).status());
        assertEquals(404, otherClerk.get("rights/cases?unitId=" + community).status());
        assertEquals(404, otherClerk.post("rights/cases/" + id + "/actions", Map.of("actedOn", TODAY.toString(), "kind", "CONTACT"))
                .status());
        assertEquals(0, otherClerk.get("rights/cases?unitId=" + other).expect(200).body().path("total").asInt());
        // the street sees its communities' cases
        assertTrue(streetAdmin.get("rights/cases?unitId=" + street).expect(200).body().path("total").asInt() >= 1);
        // a system admin (IT) holds none of the case permissions by default; an auditor neither
        assertEquals(403, admin.get("rights/cases/" + id).status());
        assertEquals(403, admin.get("rights/cases?unitId=" + community).status());
        Api auditor = admin.createUser(street, "AUDITOR");
        assertEquals(403, auditor.get("rights/cases/" + id).status());
        assertEquals(403, auditor.get("rights/families?unitId=" + street).status());
        assertEquals(403, auditor.get("rights/orders/worklist?unitId=" + street).status());
    }

    @Test
    void aCaseClosesOnlyWithAnOutcomeAndNoDateComesBeforeItsIntake() {
        JsonNode c = clerk.post("rights/cases", intake(community, TODAY.minusDays(10), "MARITAL_DISPUTE")).expect(201).body();
        long id = c.path("id").asLong();
        assertEquals("actedOn", field(clerk.post("rights/cases/" + id + "/actions",
                Map.of("actedOn", TODAY.minusDays(11).toString(), "kind", "CONTACT")).expect(400).body()));
        assertEquals("mediators", field(clerk.post("rights/cases/" + id + "/actions",
                Map.of("actedOn", TODAY.minusDays(5).toString(), "kind", "MEDIATION")).expect(400).body()));
        c = clerk.post("rights/cases/" + id + "/actions", Map.of("actedOn", TODAY.minusDays(5).toString(), "kind", "MEDIATION",
                "mediators", "李主任、人民调解员", "result", "双方和好")).expect(200).body();
        assertEquals(1, c.path("actions").size());
        int version = c.path("version").asInt();
        JsonNode noOutcome = clerk.post("rights/cases/" + id + "/close", Map.of("closedOn", TODAY.toString(), "version", version))
                .expect(400).body();
        assertEquals("outcome", field(noOutcome));
        assertTrue(noOutcome.path("fields").get(0).path("message").asText().matches(".*[\\u4e00-\\u9fa5].*"), noOutcome.toString());
        assertEquals("closedOn", field(clerk.post("rights/cases/" + id + "/close", Map.of("outcome", "RECONCILED",
                "closedOn", TODAY.minusDays(6).toString(), "version", version)).expect(400).body()));
        assertEquals("note", field(clerk.post("rights/cases/" + id + "/close", Map.of("outcome", "REFERRED",
                "closedOn", TODAY.toString(), "version", version)).expect(400).body()));
        assertEquals(409, clerk.post("rights/cases/" + id + "/close", Map.of("outcome", "RECONCILED", "closedOn", TODAY.toString(),
                "version", version + 7)).status());
        JsonNode closed = clerk.post("rights/cases/" + id + "/close", Map.of("outcome", "RECONCILED", "closedOn", TODAY.toString(),
                "version", version)).expect(200).body();
        assertEquals("RECONCILED", closed.path("outcome").asText());
        assertEquals(409, clerk.post("rights/cases/" + id + "/actions", Map.of("actedOn", TODAY.toString(), "kind", "CONTACT")).status());
        assertEquals(1, clerk.get("rights/cases?unitId=" + community + "&status=CLOSED&kind=MARITAL_DISPUTE").expect(200).body()
                .path("items").findValues("id").stream().filter(n -> n.asLong() == id).count());
        clerk.get("rights/cases?unitId=" + community + "&status=DONE").expect(400);
        clerk.get("rights/cases?unitId=" + community + "&kind=NOPE").expect(400);
    }

    @Test
    void intakeRulesNameTheirFields() {
        Map<String, Object> referral = intake(community, TODAY, "MARITAL_DISPUTE");
        referral.put("source", "REFERRAL");
        assertEquals("referredBy", field(clerk.post("rights/cases", referral).expect(400).body()));
        Map<String, Object> future = intake(community, TODAY.plusDays(1), "MARITAL_DISPUTE");
        assertEquals("intakeOn", field(clerk.post("rights/cases", future).expect(400).body()));
        Map<String, Object> nameless = intake(community, TODAY, "MARITAL_DISPUTE");
        nameless.put("parties", List.of(Map.of("role", "APPLICANT")));
        assertEquals("parties[0].name", field(clerk.post("rights/cases", nameless).expect(400).body()));
        Map<String, Object> notInfringement = intake(community, TODAY, "MARITAL_DISPUTE");
        notInfringement.put("infringement", "PROPERTY");
        assertEquals("infringement", field(clerk.post("rights/cases", notInfringement).expect(400).body()));
        Map<String, Object> unknown = intake(community, TODAY, "MARITAL_DISPUTE");
        unknown.put("kind", "GOSSIP");
        clerk.post("rights/cases", unknown).expect(400);
        long young = admin.createUnit(street, "COMMUNITY", Api.unique("新社区"), TODAY.minusDays(30));
        JsonNode before = streetAdmin.post("rights/cases", intake(young, TODAY.minusDays(40), "MARITAL_DISPUTE")).expect(400).body();
        assertEquals("BEFORE_UNIT_FOUNDED", before.path("fields").get(0).path("code").asText());
    }

    @Test
    void anEditChangesOnlyWhatWasGiven() {
        JsonNode c = clerk.post("rights/cases", intake(community, TODAY.minusDays(4), "MARITAL_DISPUTE")).expect(201).body();
        long id = c.path("id").asLong();
        JsonNode edited = clerk.put("rights/cases/" + id, Map.of("visitors", 5, "version", c.path("version").asInt()))
                .expect(200).body();
        assertEquals(5, edited.path("visitors").asInt());
        JsonNode full = streetAdmin.post("rights/cases/" + id + "/reveal", Map.of("reason", "核对修改结果")).expect(200).body();
        assertEquals("丈夫酒后多次殴打，邻居报警。", full.path("narrative").asText());
        assertEquals(2, full.path("parties").size());
        assertEquals("王秀英", full.path("parties").get(0).path("name").asText());
        assertEquals(409, clerk.put("rights/cases/" + id, Map.of("visitors", 6, "version", c.path("version").asInt())).status());
    }

    @Test
    void protectionOrdersFollowTheLawsDeadlines() {
        JsonNode c = clerk.post("rights/cases", intake(community, TODAY.minusDays(20), "DOMESTIC_VIOLENCE")).expect(201).body();
        long id = c.path("id").asLong();
        assertEquals("appliedOn", field(clerk.post("rights/orders", Map.of("caseId", id, "kind", "PROTECTION_ORDER",
                "appliedOn", TODAY.minusDays(21).toString())).expect(400).body()));
        JsonNode urgent = clerk.post("rights/orders", Map.of("caseId", id, "kind", "PROTECTION_ORDER",
                "appliedOn", TODAY.minusDays(2).toString(), "urgent", true)).expect(201).body();
        assertEquals(TODAY.minusDays(1).toString(), urgent.path("decisionDue").asText());
        assertTrue(urgent.path("overdue").asBoolean());
        JsonNode normal = clerk.post("rights/orders", Map.of("caseId", id, "kind", "PROTECTION_ORDER",
                "appliedOn", TODAY.minusDays(1).toString())).expect(201).body();
        assertEquals(TODAY.plusDays(2).toString(), normal.path("decisionDue").asText());
        clerk.post("rights/orders", Map.of("caseId", id, "kind", "WARNING_LETTER", "appliedOn", TODAY.minusDays(19).toString(),
                "issuedBy", "幸福派出所")).expect(201);

        JsonNode worklist = clerk.get("rights/orders/worklist?unitId=" + community).expect(200).body();
        List<Long> pending = worklist.path("awaitingDecision").findValues("id").stream().map(JsonNode::asLong).toList();
        assertEquals(List.of(urgent.path("id").asLong(), normal.path("id").asLong()),
                pending.stream().filter(x -> x == urgent.path("id").asLong() || x == normal.path("id").asLong()).toList(),
                "the most urgent first: " + worklist);

        long uid = urgent.path("id").asLong();
        int v = urgent.path("version").asInt();
        assertEquals("decidedOn", field(clerk.post("rights/orders/" + uid + "/decision", Map.of("status", "GRANTED",
                "decidedOn", TODAY.minusDays(3).toString(), "validUntil", TODAY.plusMonths(3).toString(), "version", v)).expect(400).body()));
        assertEquals("validUntil", field(clerk.post("rights/orders/" + uid + "/decision", Map.of("status", "GRANTED",
                "decidedOn", TODAY.minusDays(1).toString(), "validUntil", TODAY.plusMonths(7).toString(), "version", v)).expect(400).body()));
        assertEquals("validUntil", field(clerk.post("rights/orders/" + uid + "/decision", Map.of("status", "GRANTED",
                "decidedOn", TODAY.minusDays(1).toString(), "version", v)).expect(400).body()));
        clerk.post("rights/orders/" + uid + "/decision", Map.of("status", "GRANTED", "decidedOn", TODAY.minusDays(1).toString(),
                "validUntil", TODAY.plusDays(20).toString(), "version", v)).expect(200);
        assertEquals(409, clerk.post("rights/orders/" + uid + "/decision", Map.of("status", "REFUSED",
                "decidedOn", TODAY.toString(), "version", v + 1)).status());

        worklist = clerk.get("rights/orders/worklist?unitId=" + community).expect(200).body();
        assertFalse(worklist.path("awaitingDecision").findValues("id").stream().anyMatch(x -> x.asLong() == uid));
        assertTrue(worklist.path("expiring").findValues("id").stream().anyMatch(x -> x.asLong() == uid), worklist.toString());
        JsonNode detail = clerk.get("rights/cases/" + id).expect(200).body();
        assertEquals(3, detail.path("orders").size());
        assertEquals(404, otherClerk.get("rights/orders/worklist?unitId=" + community).status());
    }

    /** A shelter stay names a core station of kind SHELTER of the case's unit or a unit above it; another station is refused. */
    @Test
    void aShelterStayNamesAShelter() {
        long shelter = station(street, "SHELTER", "街道临时庇护所");
        long home = station(community, "WOMEN_HOME", "妇女之家");
        long id = clerk.post("rights/cases", intake(community, TODAY.minusDays(1), "DOMESTIC_VIOLENCE")).expect(201).body()
                .path("id").asLong();
        assertEquals("stationId", field(clerk.post("rights/cases/" + id + "/actions", Map.of("actedOn", TODAY.toString(),
                "kind", "SHELTER", "stationId", home)).expect(400).body()));
        assertEquals("stationId", field(clerk.post("rights/cases/" + id + "/actions", Map.of("actedOn", TODAY.toString(),
                "kind", "VISIT", "stationId", shelter)).expect(400).body()));
        JsonNode stay = clerk.post("rights/cases/" + id + "/actions", Map.of("actedOn", TODAY.toString(), "kind", "SHELTER",
                "stationId", shelter, "note", "安置三天")).expect(200).body();
        assertEquals(shelter, stay.path("actions").get(0).path("stationId").asLong());
    }

    /** Below district level a breakdown shows no member of fewer than 3 cases; the total and the district show them. */
    @Test
    void smallCountsAreNotBrokenDownBelowDistrictLevel() {
        long quiet = admin.createUnit(admin.unitId(), "STREET", Api.unique("小数街道"), UNITS);
        Api quietAdmin = admin.createUser(quiet, "UNIT_ADMIN");
        for (int i = 0; i < 7; i++) {
            quietAdmin.post("rights/cases", intake(quiet, TODAY.minusDays(i), i < 2 ? "DOMESTIC_VIOLENCE" : "MARITAL_DISPUTE"))
                    .expect(201);
        }
        JsonNode street = admin.get("reporting/table?unitId=" + quiet + "&year=" + TODAY.getYear() + "&compare=false").expect(200)
                .body().path("total").path("values");
        assertEquals(7, street.path("rights.cases").asInt(), street.toString());
        assertEquals(5, street.path("rights.cases[MARITAL_DISPUTE]").asInt());
        assertTrue(street.path("rights.cases[DOMESTIC_VIOLENCE]").asInt(0) == 0, street.toString());
        JsonNode top = admin.get("reporting/table?unitId=" + admin.unitId() + "&year=" + TODAY.getYear() + "&compare=false")
                .expect(200).body();
        assertTrue(top.path("total").path("values").path("rights.cases[DOMESTIC_VIOLENCE]").asInt() >= 2, top.toString());
        StringBuilder draft = new StringBuilder();
        admin.post("reporting/summaries", Map.of("unitId", quiet, "year", TODAY.getYear())).expect(201).body().path("sections")
                .forEach(sec -> sec.path("paragraphs").forEach(p -> draft.append(p.path("text").asText()).append('\n')));
        assertTrue(draft.toString().contains("其中婚姻家庭纠纷5起") && !draft.toString().contains("家庭暴力2起"), draft.toString());
    }

    private static long station(long unit, String kind, String name) {
        return admin.post("orgs/" + unit + "/stations", Map.of("kind", kind, "name", name, "openedOn", UNITS.toString()))
                .expect(201).body().path("id").asLong();
    }

    static String field(JsonNode error) {
        return error.path("fields").get(0).path("field").asText();
    }
}
