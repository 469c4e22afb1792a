package org.wfed.itest.elections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/**
 * Units, users and people for the elections tests, each with a unique name. Uses core's REST API
 * ({@code POST /api/orgs}, {@code /api/users}, {@code /api/people}) where it answers; while those
 * endpoints are not deployed it inserts the same rows through core's {@link Database} service
 * (users then share the admin's password hash, so they sign in with the admin password).
 */
final class Fixture {

    private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private Fixture() {
    }

    static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }

    static <T> T service(Class<T> type) {
        BundleContext ctx = FrameworkUtil.getBundle(Fixture.class).getBundleContext();
        ServiceReference<T> ref = ctx.getServiceReference(type);
        if (ref == null) {
            throw new AssertionError("no service " + type.getName());
        }
        return ctx.getService(ref);
    }

    static long rootUnit() {
        return service(Database.class).read(c -> Jdbc.number(c, "SELECT MIN(id) FROM core_unit WHERE parent_id IS NULL"));
    }

    static long unit(Api admin, long parentId, String kind, String name) {
        Api.Reply r = admin.post("orgs", Map.of("parentId", parentId, "kind", kind, "name", name));
        if (r.status() == 201) {
            return r.body().path("id").asLong();
        }
        return service(Database.class).write(c -> {
            String parentPath = Jdbc.one(c, "SELECT path FROM core_unit WHERE id = ?", rs -> rs.getString(1), parentId).orElseThrow();
            LocalDate from = LocalDate.of(2000, 1, 1);
            long id = Jdbc.insert(c, "INSERT INTO core_unit (parent_id, kind, name, path, status, valid_from) VALUES (?, ?, ?, '/', 'ACTIVE', ?)",
                    parentId, kind, name, from);
            String path = parentPath + id + "/";
            Jdbc.update(c, "UPDATE core_unit SET path = ? WHERE id = ?", path, id);
            Jdbc.update(c, "INSERT INTO core_unit_hist (unit_id, parent_id, name, path, valid_from, change_kind) VALUES (?, ?, ?, ?, ?, 'CREATE')",
                    id, parentId, name, path, from);
            return id;
        });
    }

    /** A STAFF user of the unit; returns a signed-in client. */
    static Api staff(Api admin, long unitId) {
        String username = unique("clerk");
        Api.Reply r = admin.post("users", Map.of("username", username, "displayName", "办事员" + username, "unitId", unitId,
                "roles", List.of("STAFF"), "password", Api.ADMIN_PASSWORD));
        if (r.status() != 201) {
            service(Database.class).write(c -> {
                String hash = Jdbc.one(c, "SELECT password_hash FROM core_user WHERE username = 'admin'", rs -> rs.getString(1)).orElseThrow();
                return Jdbc.insert(c, "INSERT INTO core_user (username, display_name, unit_id, roles, password_hash, created_at) VALUES (?, ?, ?, 'STAFF', ?, ?)",
                        username, "办事员" + username, unitId, hash, Instant.now());
            });
        }
        Api api = new Api();
        api.login(username, Api.ADMIN_PASSWORD).expect(200);
        return api;
    }

    /** A person of the registry. */
    static long person(Api admin, long unitId, String name, String sex, LocalDate born, String education, boolean party,
                       String occupation) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("unitId", unitId);
        body.put("name", name);
        body.put("sex", sex);
        body.put("birthDate", born.toString());
        body.put("education", education);
        body.put("partyMember", party);
        body.put("occupation", occupation);
        Api.Reply r = admin.post("people", body);
        if (r.status() == 201) {
            return r.body().path("id").asLong();
        }
        return service(Database.class).write(c -> Jdbc.insert(c, "INSERT INTO core_person (unit_id, name, sex, birth_date, education,"
                + " party_member, occupation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", unitId, name, sex, born, education, party,
                occupation, Instant.now()));
    }
}
