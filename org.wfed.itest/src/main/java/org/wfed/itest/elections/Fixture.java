package org.wfed.itest.elections;

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
 * Units, users and people for the elections tests, each with a unique name, created through core's
 * REST API ({@code POST /api/orgs}, {@code /api/users}, {@code /api/people}) as an admin would.
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
        return admin.post("orgs", Map.of("parentId", parentId, "kind", kind, "name", name)).expect(201).body().path("id").asLong();
    }

    /** A STAFF user of the unit; returns a signed-in client. */
    static Api staff(Api admin, long unitId) {
        String username = unique("clerk");
        admin.post("users", Map.of("username", username, "displayName", "办事员" + username, "unitId", unitId,
                "roles", List.of("STAFF"), "password", Api.ADMIN_PASSWORD)).expect(201);
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
        return admin.post("people", body).expect(201).body().path("id").asLong();
    }
}
