package org.wfed.itest.aid;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wfed.itest.Api;

/** A fresh street with a community for each test class, and helpers to register women and programmes. */
final class AidFixture {
    final Api admin;
    final long top;
    final long street;
    final long community;

    AidFixture() {
        Api.awaitUp("aid");
        admin = Api.admin();
        top = admin.unitId();
        // units that have existed since last January, so that last year's records fit in them
        java.time.LocalDate since = java.time.LocalDate.of(java.time.LocalDate.now().getYear() - 1, 1, 1);
        street = admin.createUnit(top, "STREET", Api.unique("救助街道"), since);
        community = admin.createUnit(street, "COMMUNITY", Api.unique("救助社区"), since);
    }

    /** Registers a woman born on {@code birth} as a beneficiary of the community; answers her person id. */
    long woman(LocalDate birth, String... categories) {
        return beneficiary(community, birth, categories).path("personId").asLong();
    }

    JsonNode beneficiary(long unitId, LocalDate birth, String... categories) {
        Map<String, Object> person = new HashMap<>();
        person.put("unitId", unitId);
        person.put("name", Api.unique("王女士"));
        person.put("sex", "F");
        person.put("birthDate", birth.toString());
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("categories", List.of(categories));
        body.put("bankName", "农村信用社");
        body.put("bankAccount", "6228480012345678901");
        body.put("healthConsentOn", LocalDate.now().toString());
        return admin.post("aid/beneficiaries", body).expect(201).body();
    }

    /** A programme with a unique code; {@code overrides} replace the defaults (single community review, no limits). */
    JsonNode programme(Map<String, Object> overrides, Map<String, Object> ruleOverrides) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("categories", List.of());
        rules.put("sex", null);
        rules.put("minAge", null);
        rules.put("maxAge", null);
        rules.put("onceEver", false);
        rules.put("noAidYears", 0);
        rules.put("noAidProgrammes", List.of());
        rules.put("requiresDiagnosis", false);
        rules.putAll(ruleOverrides);
        Map<String, Object> body = new HashMap<>();
        body.put("code", Api.unique("T").toUpperCase());
        body.put("name", Api.unique("测试项目"));
        body.put("kind", "CASH");
        body.put("fundSource", "BUDGET");
        body.put("amountFen", 100_000);
        body.put("budgetFen", null);
        body.put("quotaPerUnit", null);
        body.put("rules", rules);
        body.put("reviewLevels", List.of("COMMUNITY"));
        body.put("noticeDays", 0);
        body.put("channels", List.of("BANK", "CASH"));
        body.putAll(overrides);
        return admin.post("aid/programmes", body).expect(201).body();
    }

    Api.Reply apply(long programmeId, long personId, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("personId", personId);
        body.put("reason", "生活困难");
        body.put("appliedOn", on.toString());
        return admin.post("aid/applications", body);
    }

    Api.Reply review(Api who, JsonNode application, boolean approve) {
        Map<String, Object> body = new HashMap<>();
        body.put("approve", approve);
        body.put("comment", approve ? "同意" : "不符合条件");
        body.put("version", application.path("version").asInt());
        return who.post("aid/applications/" + application.path("id").asLong() + "/review", body);
    }

    /** The admin as a core Caller, for tests that call core services directly. */
    org.wfed.core.Caller adminCaller() {
        JsonNode me = admin.get("auth/me").expect(200).body();
        String path = admin.get("orgs/" + top).expect(200).body().path("unit").path("path").asText();
        return new org.wfed.core.Caller(me.path("userId").asLong(), "admin", "管理员", top, path,
                java.util.Set.of(org.wfed.core.Role.SYSTEM_ADMIN), java.util.Set.of());
    }

    /** Approves through every level; answers the application after the last one. */
    JsonNode approveAll(JsonNode application) {
        JsonNode a = application;
        while ("REVIEWING".equals(a.path("status").asText())) {
            a = review(admin, a, true).expect(200).body();
        }
        return a;
    }

    /** Dates every review of the application {@code day}, as if it had been decided then. */
    static void decidedOn(long applicationId, LocalDate day) {
        Api.service(org.wfed.core.Database.class).write(c -> {
            org.wfed.core.Jdbc.update(c, "UPDATE aid_review SET decided_at = ? WHERE application_id = ?",
                    java.sql.Timestamp.valueOf(day.atTime(10, 0)), applicationId);
            return null;
        });
    }
}
