package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The units, staff and people a browser test works with, made by the admin through the API. */
final class Clerks {
    /** Every staff account the tests make signs in with this password. */
    static final String PASSWORD = "Clerk-Browser-2026!";

    private Clerks() {
    }

    /** The admin's own unit, the top of the tree. */
    static long top(ApiClient admin) {
        return admin.get("/api/auth/me").body().path("unitId").asLong();
    }

    /** A name made unique for this run: the prefix and a number. */
    static String unique(String prefix) {
        return prefix + System.nanoTime() % 100000;
    }

    /** A new unit under the parent, open since the first of January (steps and records of this year fall in it). */
    static long unit(ApiClient admin, long parent, String kind, String name) {
        ApiClient.Reply r = admin.post("/api/orgs", Map.of("parentId", parent, "kind", kind,
                "name", name, "effective", LocalDate.now().withDayOfYear(1).toString()));
        assertEquals(201, r.status(), r.raw().body());
        return r.body().path("id").asLong();
    }

    /** A STAFF account of the unit (工作人员); answers its username. */
    static String staff(ApiClient admin, long unit, String prefix) {
        return account(admin, unit, prefix, "STAFF");
    }

    /** An account of the unit with one role; answers its username. */
    static String account(ApiClient admin, long unit, String prefix, String role) {
        String username = unique(prefix);
        ApiClient.Reply r = admin.post("/api/users", Map.of("username", username, "displayName", "办事员" + username,
                "unitId", unit, "roles", List.of(role), "password", PASSWORD));
        assertEquals(201, r.status(), r.raw().body());
        return username;
    }

    /** A woman of the unit's register, born on the day given; answers her person id. */
    static long woman(ApiClient admin, long unit, String name, String born) {
        Map<String, Object> person = new HashMap<>();
        person.put("unitId", unit);
        person.put("name", name);
        person.put("sex", "F");
        person.put("birthDate", born);
        ApiClient.Reply r = admin.post("/api/people", person);
        assertEquals(201, r.status(), r.raw().body());
        return r.body().path("id").asLong();
    }
}
