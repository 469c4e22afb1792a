package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/** A password change or reset ends every other session and every API token; tokens live 90 days at most. */
class CredentialChangeTest {
    private static World w;

    @BeforeAll
    static void up() {
        w = World.get();
    }

    private static String[] user() {
        String name = Api.unique("cred");
        String password = "Cred-Pass-" + (System.nanoTime() % 100000) + "-Ok";
        w.admin.post("users", Map.of("username", name, "displayName", "凭据", "unitId", w.a, "roles", java.util.List.of("STAFF"),
                "password", password)).expect(201);
        return new String[] {name, password};
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsAndTheTokens() {
        String[] u = user();
        Api here = new Api();
        here.login(u[0], u[1]).expect(200);
        Api elsewhere = new Api();
        elsewhere.login(u[0], u[1]).expect(200);
        String token = here.post("users/me/tokens", Map.of("name", "对接", "days", 30)).expect(201).body().path("token").asText();
        Api.bearer(token).get("auth/me").expect(200);

        JsonNode ended = here.post("users/me/password", Map.of("oldPassword", u[1], "password", "New-Cred-Pass-2026!")).expect(200).body();
        assertEquals(1, ended.path("sessionsEnded").asInt());
        assertEquals(1, ended.path("tokensRevoked").asInt());
        here.get("auth/me").expect(200);
        assertEquals(401, elsewhere.get("auth/me").status());
        assertEquals(401, Api.bearer(token).get("auth/me").status());
    }

    @Test
    void anAdminsResetEndsEverySessionAndToken() {
        String[] u = user();
        Api her = new Api();
        her.login(u[0], u[1]).expect(200);
        long id = her.get("auth/me").expect(200).body().path("userId").asLong();
        String token = her.post("users/me/tokens", Map.of("name", "对接", "days", 30)).expect(201).body().path("token").asText();
        assertEquals(1, w.admin.get("users/" + id + "/tokens").expect(200).body().size());
        w.admin.post("users/" + id + "/password", Map.of("password", "Reset-Cred-2026!x")).expect(200);
        assertEquals(401, her.get("auth/me").status());
        assertEquals(401, Api.bearer(token).get("auth/me").status());
        assertEquals(true, w.admin.get("users/" + id + "/tokens").expect(200).body().get(0).path("revoked").asBoolean());
    }

    @Test
    void tokensHaveALifeOfNinetyDaysAtMost() {
        assertEquals(400, w.staffA.post("users/me/tokens", Map.of("name", "永久", "days", 0)).status());
        assertEquals(400, w.staffA.post("users/me/tokens", Map.of("name", "太长", "days", 91)).status());
        JsonNode t = w.staffA.post("users/me/tokens", Map.of("name", "九十天", "days", 90)).expect(201).body();
        Api bearer = Api.bearer(t.path("token").asText());
        bearer.get("auth/me").expect(200);
        // made 91 days ago (and without an expiry, as tokens could be before): past the longest life
        Api.service(Database.class).write(c -> Jdbc.update(c, "UPDATE core_api_token SET created_at = ?, expires_at = NULL WHERE id = ?",
                java.time.Instant.now().minus(java.time.Duration.ofDays(91)), t.path("id").asLong()));
        assertEquals(401, bearer.get("auth/me").status());
    }
}
