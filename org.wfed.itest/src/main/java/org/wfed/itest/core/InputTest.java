package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** Bad input gets a 400 with a message and the field, never a 500, and writes nothing. */
class InputTest {
    private static Api admin;
    private static long unit;

    @BeforeAll
    static void up() {
        Api.awaitUp();
        admin = Api.admin();
        unit = admin.createUnit(admin.unitId(), "STREET", Api.unique("输入街道"));
    }

    private long people() {
        return admin.get("people?unitId=" + unit + "&size=1").expect(200).body().path("total").asLong();
    }

    private Map<String, Object> person(String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("unitId", unit);
        m.put("name", name);
        m.put("sex", "F");
        m.put("birthDate", "1980-05-01");
        return m;
    }

    private JsonNode refused(Api.Reply r, String code) {
        r.expect(400);
        assertEquals(code, r.code(), r.raw().body());
        assertTrue(r.body().path("message").asText().length() > 0);
        return r.body();
    }

    @Test
    void malformedJson() {
        long before = people();
        refused(admin.postRaw("people", "{\"unitId\": " + unit + ", \"name\": "), "MALFORMED_JSON");
        assertEquals(before, people());
    }

    @Test
    void wrongTypeNamesTheField() {
        Map<String, Object> p = person("类型错误");
        p.put("birthDate", "not a date");
        JsonNode body = refused(admin.post("people", p), "VALIDATION_FAILED");
        assertEquals("birthDate", body.path("fields").get(0).path("field").asText());
    }

    @Test
    void overLongNameNamesTheField() {
        long before = people();
        JsonNode body = refused(admin.post("people", person("长".repeat(51))), "VALIDATION_FAILED");
        assertEquals("name", body.path("fields").get(0).path("field").asText());
        assertEquals("TOO_LONG", body.path("fields").get(0).path("code").asText());
        assertEquals(before, people());
    }

    @Test
    void unknownFieldIsRefused() {
        Map<String, Object> p = person("未知字段");
        p.put("salary", 1);
        JsonNode body = refused(admin.post("people", p), "VALIDATION_FAILED");
        assertEquals("salary", body.path("fields").get(0).path("field").asText());
    }

    @Test
    void idNumberRules() {
        Map<String, Object> p = person("证号");
        p.remove("sex");
        p.remove("birthDate");
        p.put("idNumber", "110105194912310021");
        assertEquals("INVALID_ID_NUMBER", refused(admin.post("people", p), "INVALID_ID_NUMBER").path("fields").get(0).path("code").asText());
        p.put("idNumber", "110105194902300020");
        refused(admin.post("people", p), "INVALID_ID_NUMBER");
    }

    @Test
    void duplicateIdNumberIsAConflict() {
        Map<String, Object> p = person("重复证号");
        p.remove("sex");
        p.remove("birthDate");
        p.put("idNumber", org.wfed.core.IdNumber.compose("110105", java.time.LocalDate.of(1970, 3, 3), (int) (System.nanoTime() % 500) * 2).value());
        admin.post("people", p).expect(201);
        assertEquals("DUPLICATE_ID_NUMBER", admin.post("people", p).expect(409).code());
    }

    @Test
    void idNumberIsMaskedUnlessRevealedAndTheRevealIsAudited() {
        Map<String, Object> p = person("脱敏");
        p.remove("sex");
        p.remove("birthDate");
        String id = org.wfed.core.IdNumber.compose("110105", java.time.LocalDate.of(1971, 4, 4), (int) (System.nanoTime() % 500) * 2).value();
        p.put("idNumber", id);
        JsonNode created = admin.post("people", p).expect(201).body();
        // the area code only: sequence and check character would rebuild the number with the birth year (issue 22)
        assertEquals(id.substring(0, 6) + "************", created.path("idNumber").asText());
        assertTrue(created.path("birthDate").isNull(), created.toString());
        assertEquals(1971, created.path("birthYear").asInt());
        assertEquals("F", created.path("sex").asText());
        long pid = created.path("id").asLong();
        assertEquals(id, admin.get("people/" + pid + "?reveal=true").expect(200).body().path("idNumber").asText());
        String audit = admin.get("audit?action=sensitive.read&size=200").expect(200).body().path("items").toString();
        assertTrue(audit.contains("\"recordId\":\"" + pid + "\""), audit);
        Api staff = admin.createUser(unit, "STAFF");
        assertEquals(403, staff.get("people/" + pid + "?reveal=true").status());
    }

    @Test
    void writesAreAudited() {
        long pid = admin.post("people", person("审计")).expect(201).body().path("id").asLong();
        String audit = admin.get("audit?action=people.create&size=200").expect(200).body().path("items").toString();
        assertTrue(audit.contains("\"recordId\":\"" + pid + "\""), audit);
    }

    @Test
    void concurrentUpdateIsAConflict() {
        JsonNode created = admin.post("people", person("并发")).expect(201).body();
        long pid = created.path("id").asLong();
        Map<String, Object> first = person("并发甲");
        first.put("version", created.path("version").asInt());
        Map<String, Object> second = person("并发乙");
        second.put("version", created.path("version").asInt());
        admin.put("people/" + pid, first).expect(200);
        assertEquals("VERSION_CONFLICT", admin.put("people/" + pid, second).expect(409).code());
        assertEquals("并发甲", admin.get("people/" + pid).expect(200).body().path("name").asText());
    }

    @Test
    void updateThatLeavesOutTheMaskedIdNumberKeepsIt() {
        Map<String, Object> p = person("保留证号");
        p.remove("sex");
        p.remove("birthDate");
        String id = org.wfed.core.IdNumber.compose("110105", java.time.LocalDate.of(1972, 5, 5), (int) (System.nanoTime() % 500) * 2).value();
        p.put("idNumber", id);
        JsonNode created = admin.post("people", p).expect(201).body();
        Map<String, Object> edit = person("保留证号改名");
        edit.put("birthDate", "1972-05-05");
        edit.put("version", created.path("version").asInt());
        admin.put("people/" + created.path("id").asLong(), edit).expect(200);
        assertEquals(id, admin.get("people/" + created.path("id").asLong() + "?reveal=true").expect(200).body().path("idNumber").asText());
    }

    @Test
    void unknownPathIsA404Envelope() {
        assertEquals("NOT_FOUND", admin.get("no-such-thing").expect(404).code());
    }
}
