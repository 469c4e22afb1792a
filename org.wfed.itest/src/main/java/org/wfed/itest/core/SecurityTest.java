package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** CSRF on writes, lock-out after failed sign-ins, password policy, API tokens, sign-out. See also SignInTest. */
class SecurityTest {
    private static Api admin;

    @BeforeAll
    static void up() {
        Api.awaitUp();
        admin = Api.admin();
    }

    @Test
    void writeWithoutCsrfTokenIsRefused() {
        Api noToken = Api.admin().withoutCsrf();
        long before = admin.get("people?size=1").expect(200).body().path("total").asLong();
        Api.Reply r = noToken.post("people", Map.of("unitId", admin.unitId(), "name", "无令牌", "sex", "F", "birthDate", "1980-01-01"));
        assertEquals(403, r.status());
        assertEquals(before, admin.get("people?size=1").expect(200).body().path("total").asLong());
        noToken.get("auth/me").expect(200);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        String username = Api.unique("lock");
        String password = "Secret-" + (System.nanoTime() % 100000) + "-Ok";
        long id = admin.post("users", Map.of("username", username, "displayName", "锁定测试", "unitId", admin.unitId(),
                "roles", java.util.List.of("STAFF"), "password", password)).expect(201).body().path("id").asLong();
        Api api = new Api();
        // every wrong password answers the same, also the fifth that locks (the throttle makes the later ones wait)
        for (int i = 0; i < 5; i++) {
            assertEquals("BAD_CREDENTIALS", api.loginPatiently(username, "wrong-Password-1").code());
        }
        // "locked" is told only to whoever knows the password
        Api.Reply locked = api.loginPatiently(username, password);
        assertEquals(401, locked.status());
        assertEquals("ACCOUNT_LOCKED", locked.code());
        assertTrue(locked.body().path("message").asText().contains("锁定"));
        admin.post("users/" + id + "/unlock", Map.of()).expect(200);
        api.login(username, password).expect(200);
    }

    @Test
    void weakPasswordIsRefusedWithTheRule() {
        Api.Reply r = admin.post("users", Map.of("username", Api.unique("weak"), "displayName", "弱密码", "unitId", admin.unitId(),
                "roles", java.util.List.of("STAFF"), "password", "12345678"));
        r.expect(400);
        assertEquals("WEAK_PASSWORD", r.code());
    }

    @Test
    void bearerTokenWorksWithoutCsrfAndCanBeRevoked() {
        var created = admin.post("users/me/tokens", Map.of("name", "集成测试", "days", 1)).expect(201).body();
        String token = created.path("token").asText();
        Api bearer = Api.bearer(token);
        assertEquals("admin", bearer.get("auth/me").expect(200).body().path("username").asText());
        bearer.post("people", Map.of("unitId", admin.unitId(), "name", "令牌录入", "sex", "F", "birthDate", "1981-01-01")).expect(201);
        admin.delete("users/me/tokens/" + created.path("id").asLong()).expect(204);
        assertEquals("BAD_TOKEN", bearer.get("auth/me").expect(401).code());
    }

    @Test
    void signOutEndsTheSession() {
        Api api = Api.admin();
        api.post("auth/logout", Map.of()).expect(204);
        api.get("auth/me").expect(401);
    }

    @Test
    void disablingAUserEndsHerSessionAtOnce() {
        Api clerk = admin.createUser(admin.unitId(), "STAFF");
        long id = clerk.get("auth/me").expect(200).body().path("userId").asLong();
        com.fasterxml.jackson.databind.JsonNode user = null;
        for (com.fasterxml.jackson.databind.JsonNode u : admin.get("users").expect(200).body()) {
            user = u.path("id").asLong() == id ? u : user;
        }
        admin.put("users/" + id, Map.of("displayName", user.path("displayName").asText(), "unitId", user.path("unitId").asLong(),
                "roles", java.util.List.of("STAFF"), "enabled", false, "version", user.path("version").asInt())).expect(200);
        // no wait: the session the clerk used a moment ago must not be served from memory
        clerk.get("auth/me").expect(401);
    }

    @Test
    void anIdleSessionTimesOut() throws Exception {
        Api clerk = admin.createUser(admin.unitId(), "STAFF");
        long id = clerk.get("auth/me").expect(200).body().path("userId").asLong();
        // 31 minutes without a request (the default idle timeout is 30)
        Api.service(org.wfed.core.Database.class).write(c -> org.wfed.core.Jdbc.update(c,
                "UPDATE core_session SET last_seen = ? WHERE user_id = ?", java.time.Instant.now().minusSeconds(31 * 60), id));
        // a session read a moment ago is trusted for at most two seconds before it is read again
        Api.sleep(2_100);
        assertEquals("UNAUTHENTICATED", clerk.get("auth/me").expect(401).code());
    }
}
