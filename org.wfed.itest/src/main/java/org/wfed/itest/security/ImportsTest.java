package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.IdNumber;
import org.wfed.itest.Api;

/**
 * Imports and the field changes they leave (字段变更记录) under the security rules: a roster aimed at a unit outside
 * the caller's subtree answers as a missing unit and changes nothing; the preview, its errors and the auditor's
 * view of the changes show a woman's number as its area code only and never her birth day; the changes are seen
 * only by auditors of the subtree the importing user belongs to, and a reveal of their old values is audited.
 */
class ImportsTest {
    private static final String HEADER = "姓名,身份证号,困难类别,银行账号\r\n";
    private static World w;

    @BeforeAll
    static void up() {
        w = World.get();
    }

    @Test
    void aRosterForAUnitOutsideTheSubtreeAnswersAsAMissingUnit() {
        LocalDate born = LocalDate.of(1966, 5, 17);
        String id = number(born);
        String name = Api.unique("外单位导入");
        Map<String, Object> file = roster(w.a, HEADER + name + "," + id + ",低保,6228480012345678901\r\n");
        Api stranger = w.admin.createUser(w.otherStreet, "UNIT_ADMIN");
        Api.Reply foreign = stranger.post("aid/import/preview", file).expect(404);
        Api.Reply missing = stranger.post("aid/import/preview", roster(999_999_999L, HEADER + name + "," + id + ",低保,\r\n"))
                .expect(404);
        assertEquals(missing.raw().body(), foreign.raw().body());
        assertEquals(foreign.raw().body(), stranger.post("aid/import/commit", file).expect(404).raw().body());
        assertEquals(0, w.admin.get("people?unitId=" + w.a + "&q=" + name).expect(200).body().path("total").asInt(),
                "nobody was registered in A");
    }

    @Test
    void previewsAndFieldChangesShowTheRuleAndStayInTheSubtree() {
        LocalDate born = LocalDate.of(1968, 8, 23);
        String id = number(born);
        String name = World.MARK + Api.unique("导入");
        Api clerk = w.unitAdminOfStreet;
        clerk.post("aid/import/commit", roster(w.a, HEADER + name + "," + id + ",低保,6228480012345678901\r\n")).expect(200);
        long person = w.admin.get("people?unitId=" + w.a + "&q=" + name).expect(200).body().path("items").get(0).path("id").asLong();
        long beneficiary = w.admin.get("aid/beneficiaries/by-person/" + person).expect(200).body().path("id").asLong();

        List<String> leaks = new ArrayList<>();
        // the preview of an update names the woman by her masked number
        JsonNode preview = clerk.post("aid/import/preview", roster(w.a, HEADER + name + "," + id + ",特困,6217000011112222333\r\n"))
                .expect(200).body();
        JsonNode change = preview.path("changes").get(0);
        assertEquals(name + " 420102************", change.path("who").asText(), preview.toString());
        MaskingTest.secrets("preview", preview.toString(), id, born, leaks);
        // an error about her row tells the clerk the registered name, not the number
        JsonNode wrongName = clerk.post("aid/import/preview", roster(w.a, HEADER + "王错名," + id + ",低保,\r\n")).expect(200).body();
        assertTrue(wrongName.path("errors").get(0).path("message").asText().contains(name), wrongName.toString());
        MaskingTest.secrets("preview errors", wrongName.toString(), id, born, leaks);
        clerk.post("aid/import/commit", roster(w.a, HEADER + name + "," + id + ",特困,6217000011112222333\r\n")).expect(200);

        String q = "audit/changes?recordType=aid_beneficiary&recordId=" + beneficiary;
        JsonNode seen = w.auditor.get(q).expect(200).body().path("items");
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.toString().contains("6228***********8901") && !seen.toString().contains("6228480012345678901"), seen.toString());
        MaskingTest.secrets("audit/changes", seen.toString(), id, born, leaks);
        MaskingTest.secrets("audit", w.auditor.get("audit?size=200").expect(200).raw().body(), id, born, leaks);
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));

        // the street's auditor sees the changes its unit admin made; another street's auditor does not, even by id
        assertEquals(2, w.admin.createUser(w.street, "AUDITOR").get(q).expect(200).body().path("items").size());
        Api otherAuditor = w.admin.createUser(w.otherStreet, "AUDITOR");
        assertEquals(0, otherAuditor.get(q).expect(200).body().path("total").asInt());
        assertEquals(0, otherAuditor.get(q + "&reveal=true").expect(200).body().path("total").asInt());
        assertEquals(403, w.staffA.get(q).status(), "the audit log is the auditors'");

        // the old account, revealed, is an entry of the audit log naming the record
        JsonNode revealed = w.auditor.get(q + "&reveal=true").expect(200).body().path("items");
        assertTrue(revealed.toString().contains("6228480012345678901"), revealed.toString());
        JsonNode entries = w.admin.get("audit?action=audit.changes.reveal&size=20").expect(200).body().path("items");
        boolean audited = false;
        for (JsonNode e : entries) {
            audited |= e.path("recordId").asText().equals(String.valueOf(beneficiary)) && e.path("outcome").asText().equals("SUCCEEDED");
        }
        assertTrue(audited, entries.toString());
        assertFalse(w.admin.get("audit?action=audit.changes.reveal&size=20").expect(200).raw().body().contains("6228480012345678901"));
    }

    private static String number(LocalDate born) {
        return IdNumber.compose("420102", born, 2 * (int) (System.nanoTime() % 400 + 50)).value();
    }

    private static Map<String, Object> roster(long unit, String csv) {
        return Map.of("unitId", unit, "fileName", "花名册.csv",
                "contentBase64", List.of(Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))));
    }
}
