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
 * The takeover the penetration test found: a system admin's account placed in a street, and that street's
 * unit admin resetting its password (204), signing in as system admin, demoting or disabling it. Nobody
 * may manage an account holding a role or permission she lacks; system admins only by system admins.
 */
class AccountTakeoverTest {
    private static World w;
    private static long victim;
    private static String victimName;
    private static final String PASSWORD = "Sys-Admin-Pass-7781!";

    @BeforeAll
    static void up() {
        w = World.get();
        victimName = Api.unique("sysadmin");
        victim = w.admin.post("users", Map.of("username", victimName, "displayName", "街道里的系统管理员", "unitId", w.street,
                "roles", List.of("SYSTEM_ADMIN"), "password", PASSWORD)).expect(201).body().path("id").asLong();
    }

    private static JsonNode victim() {
        for (JsonNode u : w.unitAdminOfStreet.get("users?unitId=" + w.street).expect(200).body()) {
            if (u.path("id").asLong() == victim) {
                return u;
            }
        }
        throw new AssertionError("the street's admin does not even see the account");
    }

    @Test
    void theStreetsAdminCannotResetTheSystemAdminsPassword() {
        Api.Reply r = w.unitAdminOfStreet.post("users/" + victim + "/password", Map.of("password", "Taken-Over-2026!x"));
        assertEquals(403, r.status(), r.raw().body());
        assertTrue(r.body().path("message").asText().contains("系统管理员"), r.raw().body());
        // the takeover's next step fails: the old password still opens the account, the one she chose does not
        assertEquals(401, new Api().login(victimName, "Taken-Over-2026!x").status());
        Api real = new Api();
        real.login(victimName, PASSWORD).expect(200);
    }

    @Test
    void norDemoteDisableUnlockOrTouchItsTokensAndSecondFactor() {
        JsonNode u = victim();
        assertEquals(403, w.unitAdminOfStreet.put("users/" + victim, Map.of("displayName", "降级", "unitId", w.street,
                "roles", List.of("STAFF"), "enabled", true, "version", u.path("version").asInt())).status());
        assertEquals(403, w.unitAdminOfStreet.put("users/" + victim, Map.of("displayName", u.path("displayName").asText(),
                "unitId", w.street, "roles", List.of("SYSTEM_ADMIN"), "enabled", false, "version", u.path("version").asInt())).status());
        assertEquals(403, w.unitAdminOfStreet.post("users/" + victim + "/unlock", Map.of()).status());
        assertEquals(403, w.unitAdminOfStreet.get("users/" + victim + "/tokens").status());
        assertEquals(403, w.unitAdminOfStreet.delete("users/" + victim + "/2fa").status());
        JsonNode after = victim();
        assertEquals("[\"SYSTEM_ADMIN\"]", after.path("roles").toString());
        assertTrue(after.path("enabled").asBoolean());
    }

    @Test
    void norGrantARoleWhosePermissionsSheLacks() {
        // an auditor reads the audit log, which a unit admin may not: she may not make one
        Api.Reply r = w.unitAdminOfStreet.post("users", Map.of("username", Api.unique("aud"), "displayName", "审计", "unitId", w.a,
                "roles", List.of("AUDITOR"), "password", "Auditor-Pass-2026!"));
        assertEquals(403, r.status(), r.raw().body());
        assertEquals(403, w.unitAdminOfStreet.post("users", Map.of("username", Api.unique("sys"), "displayName", "系统", "unitId", w.a,
                "roles", List.of("SYSTEM_ADMIN"), "password", "System-Pass-2026!")).status());
    }

    @Test
    void sheStillManagesHerStaffAndTheSystemAdminManagesEveryone() {
        Api clerk = w.admin.createUser(w.a, "STAFF");
        long clerkId = clerk.get("auth/me").expect(200).body().path("userId").asLong();
        w.unitAdminOfStreet.post("users/" + clerkId + "/password", Map.of("password", "Reset-By-Street-2026!")).expect(200);
        w.admin.post("users/" + victim + "/password", Map.of("password", PASSWORD)).expect(200);
    }
}
