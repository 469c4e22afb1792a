package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An aid programme and applications to it, made through the API for the browser tests. */
final class AidFixture {
    private AidFixture() {
    }

    /** A cash programme of ¥1,000 paid by bank or in cash, reviewed by the community, with a notice of that many days (0: none). */
    static long programme(ApiClient api, int noticeDays) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("categories", List.of());
        rules.put("onceEver", false);
        rules.put("noAidYears", 0);
        rules.put("noAidProgrammes", List.of());
        rules.put("requiresDiagnosis", false);
        Map<String, Object> body = new HashMap<>();
        body.put("code", "B" + System.nanoTime() % 1_000_000);
        body.put("name", "救助测试项目" + System.nanoTime() % 100000);
        body.put("kind", "CASH");
        body.put("fundSource", "BUDGET");
        body.put("amountFen", 100_000);
        body.put("rules", rules);
        body.put("reviewLevels", List.of("COMMUNITY"));
        body.put("noticeDays", noticeDays);
        body.put("channels", List.of("BANK", "CASH"));
        ApiClient.Reply r = api.post("/api/aid/programmes", body);
        assertEquals(201, r.status(), r.raw().body());
        return r.body().path("id").asLong();
    }

    /** A registered woman with a bank account and her application, in review. */
    static long application(ApiClient api, long community, long programme) {
        Map<String, Object> person = new HashMap<>();
        person.put("unitId", community);
        person.put("name", "批量王女士" + System.nanoTime() % 100000);
        person.put("sex", "F");
        person.put("birthDate", "1976-05-01");
        Map<String, Object> beneficiary = new HashMap<>();
        beneficiary.put("person", person);
        beneficiary.put("categories", List.of());
        beneficiary.put("bankName", "农村信用社");
        beneficiary.put("bankAccount", "6228480012345678901");
        beneficiary.put("healthConsentOn", LocalDate.now().toString());
        ApiClient.Reply b = api.post("/api/aid/beneficiaries", beneficiary);
        assertEquals(201, b.status(), b.raw().body());
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programme);
        body.put("personId", b.body().path("personId").asLong());
        body.put("reason", "生活困难");
        body.put("appliedOn", LocalDate.now().toString());
        ApiClient.Reply a = api.post("/api/aid/applications", body);
        assertEquals(201, a.status(), a.raw().body());
        return a.body().path("id").asLong();
    }
}
