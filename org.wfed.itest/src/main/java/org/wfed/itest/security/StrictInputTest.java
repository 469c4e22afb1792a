package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * The pen test's 500s and weak passwords, each now a 400 a clerk understands: {@code "roles":[null]},
 * dates that are numbers or in the year 100000, 16.9 as an id, duplicate keys; Password123 and the other
 * common or padded passwords.
 */
class StrictInputTest {
    private static World w;

    @BeforeAll
    static void up() {
        w = World.get();
    }

    @Test
    void aNullRoleIsAFieldErrorNotA500() {
        long id = w.staffA.get("auth/me").expect(200).body().path("userId").asLong();
        JsonNode u = null;
        for (JsonNode x : w.admin.get("users?unitId=" + w.a).expect(200).body()) {
            u = x.path("id").asLong() == id ? x : u;
        }
        Api.Reply r = w.admin.send("PUT", "users/" + id, "{\"displayName\":\"x\",\"unitId\":" + w.a + ",\"roles\":[null],\"enabled\":true,"
                + "\"version\":" + u.path("version").asInt() + "}");
        assertEquals(400, r.status(), r.raw().body());
        assertTrue(r.body().path("fields").get(0).path("field").asText().startsWith("roles"), r.raw().body());
    }

    @Test
    void datesAreStringsOfDaysBetween1900And2100() {
        for (String deadline : List.of("\"+100000-01-01\"", "20260101", "\"2026-02-30\"", "\"1899-12-31\"", "[2026,1,1]")) {
            Api.Reply r = w.admin.send("POST", "elections", "{\"unitId\":" + w.a + ",\"title\":\"换届\",\"electionDate\":\"2026-06-01\","
                    + "\"deadline\":" + deadline + ",\"positions\":[{\"kind\":\"EXECUTIVE\",\"seats\":1,\"competitive\":false}]}");
            assertEquals(400, r.status(), deadline + ": " + r.raw().body());
            assertEquals("deadline", r.body().path("fields").path(0).path("field").asText(), deadline + ": " + r.raw().body());
        }
        Api.Reply query = w.admin.get("activities/events?from=1800-01-01");
        assertEquals("DATE_OUT_OF_RANGE", query.body().path("fields").path(0).path("code").asText(), query.raw().body());
    }

    @Test
    void aFractionIsNotAnIdAndKeysComeOnce() {
        Api.Reply fraction = w.admin.send("POST", "people", "{\"unitId\":16.9,\"name\":\"x\",\"sex\":\"F\",\"birthDate\":\"1980-01-01\"}");
        assertEquals(400, fraction.status());
        assertEquals("unitId", fraction.body().path("fields").get(0).path("field").asText());
        Api.Reply twice = w.admin.send("POST", "people", "{\"unitId\":" + w.a + ",\"name\":\"甲\",\"name\":\"乙\",\"sex\":\"F\","
                + "\"birthDate\":\"1980-01-01\"}");
        assertEquals(400, twice.status());
        assertEquals("DUPLICATE_FIELD", twice.code());
    }

    @Test
    void commonAndPaddedPasswordsAreRefused() {
        for (String weak : List.of("Password123", "Qwerty123!", "1qaz2wsx3edC", "          A1a", "Woaini1314!", "Aa123456789",
                "Zhangwei@2026")) {
            Api.Reply r = w.admin.post("users", Map.of("username", Api.unique("weak"), "displayName", "弱", "unitId", w.a,
                    "roles", List.of("STAFF"), "password", weak));
            assertEquals(400, r.status(), weak + ": " + r.raw().body());
            assertEquals("WEAK_PASSWORD", r.code(), weak);
        }
    }
}
