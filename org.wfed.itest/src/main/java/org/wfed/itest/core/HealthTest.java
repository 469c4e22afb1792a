package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** The full deployment comes up and lists every module on /api/health without a sign-in. */
class HealthTest {

    @BeforeAll
    static void up() {
        Api.awaitUp("elections", "aid", "activities", "reporting", "rights", "services");
    }

    @Test
    void healthListsCoreAndEveryModule() {
        Api.Reply r = new Api().get("health").expect(200);
        assertEquals("UP", r.body().path("status").asText());
        assertEquals("[\"core\",\"activities\",\"aid\",\"elections\",\"reporting\",\"rights\",\"services\"]", r.body().path("modules").toString());
    }

    @Test
    void everythingElseNeedsSignIn() {
        Api.Reply r = new Api().get("auth/me").expect(401);
        assertEquals("UNAUTHENTICATED", r.code());
    }

    @Test
    void adminSignsInWithThePasswordFromTheSettings() {
        Api admin = Api.admin();
        assertEquals("admin", admin.get("auth/me").expect(200).body().path("username").asText());
    }
}
