package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/**
 * The audit log of 等保 2.0: every state-changing request with its result — SUCCEEDED, REFUSED with the
 * code answered, FAILED — its user and client address; tamper-evident through a hash chain that
 * verification walks to the first broken link, also under concurrent writers; kept six months at least.
 */
class AuditTest {
    private static World w;
    private static Database db;

    @BeforeAll
    static void up() {
        w = World.get();
        db = Api.service(Database.class);
    }

    private static JsonNode latest(String user, String action) {
        return w.admin.get("audit?user=" + user + "&action=" + action + "&size=1").expect(200).body().path("items").get(0);
    }

    @Test
    void refusedWritesAreRecordedWithTheirCodeUserAndAddress() {
        Api clerk = w.admin.createUser(w.a, "STAFF");
        String name = clerk.get("auth/me").expect(200).body().path("username").asText();
        clerk.post("people", Map.of("unitId", w.a, "name", "")).expect(400);
        JsonNode e = latest(name, "request.post");
        assertEquals("REFUSED", e.path("outcome").asText());
        assertEquals("VALIDATION_FAILED", e.path("code").asText());
        assertEquals("127.0.0.1", e.path("clientAddress").asText());
        assertEquals("POST /api/people", e.path("request").asText());

        long person = clerk.post("people", Map.of("unitId", w.a, "name", Api.unique("冲突"), "sex", "F", "birthDate", "1980-02-02"))
                .expect(201).body().path("id").asLong();
        Map<String, Object> edit = Map.of("unitId", w.a, "name", "改名", "version", 99);
        clerk.put("people/" + person, edit).expect(409);
        assertEquals("VERSION_CONFLICT", latest(name, "request.put").path("code").asText());
        assertEquals("FORBIDDEN", refused(clerk, name, "orgs", Map.of("parentId", w.a, "kind", "COMMUNITY", "name", "越权")));
        // a success leaves the module's own entry, with the address and the request line too
        JsonNode created = latest(name, "people.create");
        assertEquals("SUCCEEDED", created.path("outcome").asText());
        assertEquals("127.0.0.1", created.path("clientAddress").asText());
    }

    private static String refused(Api who, String name, String path, Map<String, Object> body) {
        who.post(path, body);
        return latest(name, "request.post").path("code").asText();
    }

    /** A resource that fails, registered for one test: what a 5xx leaves in the log. */
    @Path("itest-failing")
    public static final class Failing {
        @POST
        public String fail() {
            throw new IllegalStateException("deliberately broken for AuditTest");
        }
    }

    @Test
    void aFailedWriteIsRecordedAsFailed() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(AuditTest.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.jaxrs.resource", true);
        props.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=wfed)");
        ServiceRegistration<Object> reg = ctx.registerService(Object.class, new Failing(), props);
        try {
            Api.Reply r = null;
            for (int i = 0; i < 50 && (r == null || r.status() == 404); i++) {
                Api.sleep(200);
                r = w.staffA.post("itest-failing", Map.of());
            }
            assertEquals(500, r.status(), r.raw().body());
            JsonNode e = latest(w.staffA.get("auth/me").body().path("username").asText(), "request.post");
            assertEquals("FAILED", e.path("outcome").asText());
            assertEquals("POST /api/itest-failing", e.path("request").asText());
        } finally {
            reg.unregister();
            // the whiteboard rebuilds the application without it: wait until the API answers again
            for (int i = 0; i < 100 && w.admin.get("auth/me").status() != 200; i++) {
                Api.sleep(200);
            }
        }
    }

    @Test
    void theChainHoldsAndNamesTheFirstEntryChangedOrRemoved() {
        w.admin.post("people", Map.of("unitId", w.a, "name", Api.unique("链"), "sex", "F", "birthDate", "1981-03-03")).expect(201);
        Api.sleep(2_500); // entries are linked once they are two seconds old
        JsonNode ok = w.auditor.get("audit/verify").expect(200).body();
        assertTrue(ok.path("intact").asBoolean(), ok.toString());
        assertTrue(ok.path("entriesChecked").asLong() > 10, ok.toString());

        // an entry changed behind the product's back
        long entry = db.read(c -> Jdbc.number(c, "SELECT MAX(last_id) FROM core_audit_chain"));
        String detail = db.read(c -> Jdbc.one(c, "SELECT detail FROM core_audit WHERE id = ?", rs -> rs.getString(1), entry).orElse(null));
        db.write(c -> Jdbc.update(c, "UPDATE core_audit SET detail = 'nothing happened' WHERE id = ?", entry));
        try {
            JsonNode broken = w.auditor.get("audit/verify").expect(200).body();
            assertFalse(broken.path("intact").asBoolean(), broken.toString());
            assertEquals(entry, broken.path("brokenAtEntry").asLong(), broken.toString());
        } finally {
            db.write(c -> Jdbc.update(c, "UPDATE core_audit SET detail = ? WHERE id = ?", detail, entry));
        }
        // a deleted entry or removed blocks are found as well (AuditChainTest): here they could not be undone for the tests after
        assertTrue(w.auditor.get("audit/verify").expect(200).body().path("intact").asBoolean());
        // the shell says the same
        assertTrue(shell("auditverify").startsWith("audit chain intact"), shell("auditverify"));
        assertEquals(403, w.staffA.get("audit/verify").status());
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        long before = db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_audit"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    Api clerk = w.admin.createUser(w.a, "STAFF");
                    int n = 0;
                    for (int i = 0; i < 20; i++) {
                        n += clerk.post("people", Map.of("unitId", w.a, "name", Api.unique("并发"), "sex", "F", "birthDate", "1982-04-04"))
                                .status() == 201 ? 1 : 0;
                        clerk.post("people", Map.of("unitId", w.a)).expect(400);
                    }
                    return n;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(20, f.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonNode v = w.auditor.get("audit/verify").expect(200).body();
        assertTrue(v.path("intact").asBoolean(), v.toString());
        long after = db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_audit"));
        assertTrue(after - before >= 8 * 40, "entries " + (after - before));
        // one chain: its blocks hold exactly the entries of their ranges, and follow each other without a gap
        long covered = db.read(c -> Jdbc.number(c, "SELECT SUM(entries) FROM core_audit_chain"));
        long inRanges = db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_audit WHERE id <= (SELECT MAX(last_id) FROM core_audit_chain)"));
        assertEquals(inRanges, covered);
        assertEquals(0L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_audit_chain b WHERE b.seq > 1 AND NOT EXISTS"
                + " (SELECT 1 FROM core_audit_chain p WHERE p.seq = b.seq - 1 AND p.last_id = b.after_id)")));
    }

    /**
     * An entry written early in a transaction that stays open while later entries are chained (an import, or a
     * node of a cluster writing at the same moment as another) must join the chain once it commits: on PostgreSQL,
     * whose readers pass uncommitted rows, a block linked meanwhile would leave it out and break the chain.
     */
    @Test
    void anEntryOfALongTransactionJoinsTheChainWhenItCommits() throws Exception {
        AuditLog audit = Api.service(AuditLog.class);
        Caller itest = new Caller(0, "itest-long", "", 0, "/", Set.of(), Set.of());
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService one = Executors.newSingleThreadExecutor();
        long id;
        try {
            Future<Long> longOne = one.submit(() -> db.write(c -> {
                audit.record(c, itest, "itest.long", "audit", null, AuditLog.Outcome.OK, "held open");
                long mine = Jdbc.number(c, "SELECT MAX(id) FROM core_audit WHERE action = 'itest.long'");
                written.countDown();
                // open for longer than entries take to settle (2 s) and a round of chaining (every second) to pass
                holdOpen(Duration.ofMillis(4_500));
                return mine;
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS));
            for (int i = 0; i < 3; i++) {
                audit.record(itest, "itest.after", "audit", null, AuditLog.Outcome.OK, null);
            }
            id = longOne.get();
        } finally {
            one.shutdown();
        }
        JsonNode v = w.auditor.get("audit/verify").expect(200).body();
        assertTrue(v.path("intact").asBoolean(), v.toString());
        long chainedUpTo = db.read(c -> Jdbc.number(c, "SELECT MAX(last_id) FROM core_audit_chain"));
        assertTrue(id <= chainedUpTo, "entry " + id + " chained up to " + chainedUpTo);
    }

    private static void holdOpen(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nothingYoungerThanSixMonthsCanBePurged() throws Exception {
        Object retention = internal("org.wfed.core.internal.audit.AuditRetention");
        java.lang.reflect.Method purge = retention.getClass().getMethod("purge", Instant.class);
        try {
            purge.invoke(retention, Instant.now().minus(30, ChronoUnit.DAYS));
            throw new AssertionError("a purge of last month was allowed");
        } catch (java.lang.reflect.InvocationTargetException e) {
            assertTrue(e.getCause().getMessage().contains("6 months"), e.getCause().toString());
        }
        long count = db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_audit"));
        // the whole log is younger than seven months: a purge of older entries removes nothing
        assertEquals(0L, (long) (Long) purge.invoke(retention, Instant.now().minus(7 * 31, ChronoUnit.DAYS)));
        assertTrue(db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_audit")) >= count);
        try (Settings s = Settings.audit(Map.of("auditRetentionMonths", 3))) {
            java.lang.reflect.Method months = retention.getClass().getMethod("months");
            s.await(() -> (int) months.invoke(retention) != 0);
            assertEquals(6, (int) (Integer) months.invoke(retention));
        }
    }

    private static Object internal(String className) throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(AuditTest.class).getBundleContext();
        return ctx.getService(ctx.getServiceReferences(className, null)[0]);
    }

    private static String shell(String command) {
        try {
            Object commands = internal("org.wfed.core.internal.system.AdminCommands");
            return (String) commands.getClass().getMethod(command).invoke(commands);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
