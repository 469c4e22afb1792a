package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two {@code wfed.jar} nodes on one PostgreSQL behind haproxy, as a city runs wfed (docs/scaling.md): both started at
 * once on an empty database, a session of one node used on the other, sign-out reaching both, budgets approved from
 * both at the same moment, audit entries of both nodes in one hash chain, a photo stored by one and served by the other, a pg_dump backup restored into a fresh
 * database, and one node stopped while the balancer keeps users on the other. Runs with {@code -Ppostgresql}
 * (the server of {@code wfed.test.pg.*}; haproxy from Debian).
 */
@EnabledIfSystemProperty(named = "wfed.test.pg.port", matches = "\\d+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {
    private static final String PG_HOST = System.getProperty("wfed.test.pg.host", "localhost");
    private static final String PG_PORT = System.getProperty("wfed.test.pg.port", "55432");
    private static final String PG_USER = System.getProperty("wfed.test.pg.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("wfed.test.pg.password", "");
    private static final Path PG_BIN = Path.of(System.getProperty("wfed.test.pg.bin", "/usr/lib/postgresql/15/bin"));
    /** How long a signed-out session may still be trusted by another node (AuthService.REREAD_AFTER). */
    private static final Duration SESSION_STALENESS = Duration.ofSeconds(2);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private static String database;
    private static Path files;
    private static WfedServer.Running a;
    private static WfedServer.Running b;
    private static Process haproxy;
    private static Path haproxyConfig;
    private static String balancer;
    private static ApiClient adminA;

    @BeforeAll
    static void startTwoNodesAtOnce() throws Exception {
        database = "wfed_cluster_" + ProcessHandle.current().pid();
        sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)", "CREATE DATABASE " + database);
        files = Files.createTempDirectory("wfed-cluster-files-");
        a = start(database);
        b = start(database);
        a.awaitHealthy(Duration.ofSeconds(120));
        b.awaitHealthy(Duration.ofSeconds(120));
        int lbPort = WfedServer.freePortNow();
        haproxyConfig = Files.createTempFile("wfed-haproxy-", ".cfg");
        Files.writeString(haproxyConfig, String.join("\n",
                "defaults", "  mode http", "  timeout connect 2s", "  timeout client 30s", "  timeout server 30s",
                "  retries 2", "  option redispatch",
                "frontend wfed", "  bind 127.0.0.1:" + lbPort, "  default_backend nodes",
                "backend nodes", "  balance roundrobin", "  option httpchk GET /api/health", "  http-check expect status 200",
                "  server a 127.0.0.1:" + a.port + " check inter 500 fall 2 rise 2",
                "  server b 127.0.0.1:" + b.port + " check inter 500 fall 2 rise 2", ""));
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", haproxyConfig.toString()).redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("basedir", "."), "target", "haproxy-cluster.log").toFile()).start();
        balancer = "http://127.0.0.1:" + lbPort;
        long until = System.currentTimeMillis() + 20_000;
        while (healthStatus(balancer) != 200 && System.currentTimeMillis() < until) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("haproxy ended with " + haproxy.exitValue());
            }
            WfedServer.sleep(200);
        }
        adminA = ApiClient.admin(a.url());
        // one database, one admin: her second factor holds on every node and through the balancer
        SecondFactors.sameAs(b.url(), a.url());
        SecondFactors.sameAs(balancer, a.url());
    }

    /** The status of /api/health, or -1 while nothing listens. */
    private static int healthStatus(String base) {
        try {
            return new ApiClient(base).get("/api/health").status();
        } catch (IllegalStateException notListening) {
            return -1;
        }
    }

    /** A node as an administrator starts one: its own data folder, the shared database and files folder. */
    private static WfedServer.Running start(String db) throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path data = Files.createTempDirectory("wfed-cluster-node-");
        int port = WfedServer.freePortNow();
        Path log = base.resolve("target/wfed-cluster-" + port + ".log");
        ProcessBuilder pb = WfedServer.process(base.resolve("target/wfed.jar"), data, data, port, Map.of(
                "WFED_DB_URL", "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + db,
                "WFED_DB_USER", PG_USER, "WFED_DB_PASSWORD", PG_PASSWORD,
                "WFED_FILES", files.toString(), "WFED_PG_DUMP", PG_BIN.resolve("pg_dump").toString(),
                "WFED_REPORTING_WARM_UP", "false"));
        return new WfedServer.Running(pb.redirectErrorStream(true).redirectOutput(log.toFile()).start(), port, data, log);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(5, TimeUnit.SECONDS);
            Files.deleteIfExists(haproxyConfig);
        }
        for (WfedServer.Running n : new WfedServer.Running[] {a, b}) {
            if (n != null) {
                n.close();
            }
        }
        WfedServer.deleteTree(files);
        sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** Started together on an empty database: one top unit, one admin, and every migration applied by one node only. */
    @Test
    @Order(1)
    void bothStartedAtOnceAndEachMigrationRanOnce() throws Exception {
        Map<String, Integer> applied = new HashMap<>();
        Pattern line = Pattern.compile("migrated (\\S+) to V(\\d+) ");
        for (WfedServer.Running n : List.of(a, b)) {
            Matcher m = line.matcher(Files.readString(n.data.resolve("logs/wfed.log")));
            while (m.find()) {
                applied.merge(m.group(1) + " V" + m.group(2), 1, Integer::sum);
            }
        }
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT owner, version FROM core_schema_version");
            int rows = 0;
            while (rs.next()) {
                rows++;
                String key = rs.getString(1) + " V" + rs.getInt(2);
                assertEquals(1, applied.getOrDefault(key, 0), key + " was migrated by " + applied.getOrDefault(key, 0) + " nodes");
            }
            assertEquals(rows, applied.size(), "every migration in the logs is in the version table: " + applied);
            assertTrue(rows >= 30, rows + " migrations");
            assertEquals(1, number(st, "SELECT COUNT(*) FROM core_user WHERE username = 'admin'"));
            assertEquals(1, number(st, "SELECT COUNT(*) FROM core_unit WHERE parent_id IS NULL"));
        }
    }

    @Test
    @Order(2)
    void aSessionMadeOnOneNodeWorksOnTheOtherAndThroughTheBalancer() {
        ApiClient onB = adminA.on(b.url());
        assertEquals("admin", onB.get("/api/auth/me").body().path("username").asText());
        ApiClient viaBalancer = adminA.on(balancer);
        for (int i = 0; i < 10; i++) {
            assertEquals(200, viaBalancer.get("/api/auth/me").status(), "request " + i + " through haproxy");
        }
    }

    /** Sign-out on node A: node B, which trusted the session a moment ago, refuses it within the documented 2 s. */
    @Test
    @Order(3)
    void signingOutOnOneNodeEndsTheSessionOnBoth() {
        ApiClient mine = ApiClient.admin(a.url());
        ApiClient onB = mine.on(b.url());
        assertEquals(200, onB.get("/api/auth/me").status());
        assertEquals(200, mine.get("/api/auth/me").status());
        int out = mine.post("/api/auth/logout", Map.of()).status();
        assertTrue(out >= 200 && out < 300, "sign-out answered " + out);
        long signedOut = System.nanoTime();
        int status = onB.get("/api/auth/me").status();
        while (status == 200 && System.nanoTime() - signedOut < SESSION_STALENESS.toNanos() * 3) {
            WfedServer.sleep(20);
            status = onB.get("/api/auth/me").status();
        }
        long millis = (System.nanoTime() - signedOut) / 1_000_000;
        assertEquals(401, status, "node B still takes the session " + millis + " ms after sign-out on node A");
        assertTrue(millis <= SESSION_STALENESS.toMillis(), "node B refused the session after " + millis + " ms");
        assertEquals(401, mine.get("/api/auth/me").status());
        System.out.println("cluster: node B refused a session signed out on node A after " + millis + " ms");
    }

    /**
     * 100 rounds: a programme with budget for one payment and a half, two applications, approved at the same moment,
     * one on each node. Exactly one approval passes each round; no budget is ever overspent.
     */
    @Test
    @Order(4)
    void aBudgetApprovedFromBothNodesAtOnceIsNeverOverspent() throws Exception {
        ApiClient onB = adminA.on(b.url());
        long top = adminA.get("/api/auth/me").body().path("unitId").asLong();
        long first = woman(top);
        long second = woman(top);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 100; round++) {
                long p = programme(round);
                JsonNode appA = apply(p, first);
                JsonNode appB = apply(p, second);
                CountDownLatch go = new CountDownLatch(1);
                Future<ApiClient.Reply> ra = pool.submit(() -> {
                    go.await();
                    return review(adminA, appA);
                });
                Future<ApiClient.Reply> rb = pool.submit(() -> {
                    go.await();
                    return review(onB, appB);
                });
                go.countDown();
                List<Integer> codes = new ArrayList<>(List.of(ra.get().status(), rb.get().status()));
                codes.sort(null);
                assertEquals(List.of(200, 409), codes, "round " + round + ": " + ra.get().body() + " / " + rb.get().body());
                ApiClient.Reply refused = ra.get().status() == 409 ? ra.get() : rb.get();
                assertEquals("AID_BUDGET_EXCEEDED", refused.body().path("code").asText(), "round " + round);
            }
        } finally {
            pool.shutdown();
        }
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            assertEquals(0, number(st, "SELECT COUNT(*) FROM aid_budget WHERE used_fen > budget_fen"));
            assertEquals(100, number(st, "SELECT COUNT(*) FROM aid_budget b JOIN aid_programme p ON p.id = b.programme_id"
                    + " WHERE p.code LIKE 'CLUSTER%' AND b.used_fen = 100000"));
        }
    }

    /** Uploaded files go to the shared folder (WFED_FILES): a photo stored through node A is served by node B. */
    /**
     * Audit entries written on both nodes at the same moment (people added and refused, each write audited) make one
     * hash chain: both nodes' chaining threads link blocks, neither forks it or passes an entry over, and either node's
     * verification finds it whole.
     */
    @Test
    @Order(5)
    void auditEntriesWrittenOnBothNodesAtOnceMakeOneChain() throws Exception {
        ApiClient onB = adminA.on(b.url());
        long top = adminA.get("/api/auth/me").body().path("unitId").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                ApiClient node = t % 2 == 0 ? adminA : onB;
                done.add(pool.submit(() -> {
                    int added = 0;
                    for (int i = 0; i < 25; i++) {
                        added += node.post("/api/people", Map.of("unitId", top, "name", "链" + System.nanoTime() % 1_000_000, "sex", "F",
                                "birthDate", "1980-03-03")).status() == 201 ? 1 : 0;
                        assertEquals(400, node.post("/api/people", Map.of("unitId", top)).status());
                    }
                    return added;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(25, f.get());
            }
        } finally {
            pool.shutdown();
        }
        // the chaining threads link entries in the background, a block a second on each node: wait until they have
        // caught up with the 400 writes (CI once verified while 518 entries were still waiting, 391 chained)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode caughtUp = adminA.get("/api/audit/verify").body();
        while (caughtUp.path("entriesChecked").asLong() < 400 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            caughtUp = adminA.get("/api/audit/verify").body();
        }
        for (ApiClient node : List.of(adminA, onB)) {
            JsonNode v = node.get("/api/audit/verify").body();
            assertTrue(v.path("intact").asBoolean(), v.toString());
            assertTrue(v.path("entriesChecked").asLong() >= 400, v.toString());
        }
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            assertEquals(number(st, "SELECT COUNT(*) FROM core_audit WHERE id <= (SELECT MAX(last_id) FROM core_audit_chain)"),
                    number(st, "SELECT SUM(entries) FROM core_audit_chain"), "every entry of the chained ranges is in its block");
            assertEquals(0, number(st, "SELECT COUNT(*) FROM core_audit_chain b WHERE b.seq > 1 AND NOT EXISTS"
                    + " (SELECT 1 FROM core_audit_chain p WHERE p.seq = b.seq - 1 AND p.last_id = b.after_id)"), "one chain, no fork");
        }
    }

    @Test
    @Order(6)
    void aPhotoStoredOnOneNodeIsServedByTheOther() throws Exception {
        long top = adminA.get("/api/auth/me").body().path("unitId").asLong();
        long activity = adminA.post("/api/activities/events", Map.of("unitId", top, "heldOn", LocalDate.now().toString(),
                "typeCode", "PERFORMANCE", "theme", "三八文艺汇演")).body().path("id").asLong();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> up = http.send(HttpRequest.newBuilder(URI.create(a.url() + "/api/activities/photos?owner=ACTIVITY&ownerId=" + activity))
                .header("Content-Type", "image/png").header("Cookie", adminA.cookie()).header("X-CSRF-Token", adminA.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, up.statusCode(), up.body());
        long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(up.body()).path("id").asLong();
        HttpResponse<byte[]> got = http.send(HttpRequest.newBuilder(URI.create(b.url() + "/api/activities/photos/" + id))
                .header("Cookie", adminA.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertArrayEquals(PNG, got.body());
    }

    /**
     * Backup on PostgreSQL: with WFED_PG_DUMP the backup endpoint runs pg_dump; pg_restore into a fresh database, and a
     * wfed started on it has the records (here: the 100 programmes of the budget test) and the admin's password.
     */
    @Test
    @Order(7)
    void aPgDumpBackupRestoresIntoAFreshDatabase() throws Exception {
        JsonNode backup = adminA.post("/api/system/backup", Map.of()).body();
        assertEquals("pg_dump", backup.path("method").asText(), backup.toString());
        String restored = database + "_restored";
        sql("postgres", "DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)", "CREATE DATABASE " + restored);
        Process p = new ProcessBuilder(PG_BIN.resolve("pg_restore").toString(), "--no-owner", "--host=" + PG_HOST, "--port=" + PG_PORT,
                "--username=" + PG_USER, "--dbname=" + restored, backup.path("restoreFrom").asText()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        WfedServer.Running third = start(restored);
        try {
            third.awaitHealthy(Duration.ofSeconds(120));
            SecondFactors.sameAs(third.url(), a.url());
            ApiClient admin = ApiClient.admin(third.url());
            long programmes = admin.get("/api/aid/programmes").body().findValues("code").stream()
                    .filter(c -> c.asText().startsWith("CLUSTER")).count();
            assertEquals(100, programmes);
        } finally {
            third.close();
            sql("postgres", "DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
        }
    }

    /**
     * A third node whose WFED_FILES is a folder of its own (a local disk at the path the shared one should be at) would
     * keep photos and the field-change key the others never see: it refuses to start, naming the folder.
     */
    @Test
    @Order(8)
    void aNodeWithAFilesFolderOfItsOwnRefusesToStart() throws Exception {
        assertEquals(Files.readString(files.resolve(".wfed-files")).trim(), queryOne("SELECT value FROM core_setting WHERE name = 'files.id'"),
                "the shared folder's name is the database's");
        Path data = Files.createTempDirectory("wfed-cluster-own-files-");
        Path own = Files.createTempDirectory("wfed-cluster-own-files-folder-");
        try {
            WfedServer.Refused r = WfedServer.refusedStart("wfed.jar", data, data, WfedServer.freePortNow(), Map.of(
                    "WFED_DB_URL", "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database,
                    "WFED_DB_USER", PG_USER, "WFED_DB_PASSWORD", PG_PASSWORD, "WFED_FILES", own.toString(),
                    "WFED_REPORTING_WARM_UP", "false"));
            assertEquals(2, r.exitCode(), r.stderr());
            assertTrue(r.stderr().contains("WFED_FILES (" + own + ") is not the files folder the other nodes of this database share"),
                    r.stderr());
            assertFalse(Files.exists(own.resolve(".wfed-files")), "the refused node leaves the folder as it was");
        } finally {
            WfedServer.deleteTree(data);
            WfedServer.deleteTree(own);
        }
    }

    /** Node A stops (SIGTERM): everyone, signed in, goes on through the balancer on node B. */
    @Test
    @Order(9)
    void whenOneNodeStopsTheBalancerSendsEveryoneToTheOther() {
        ApiClient viaBalancer = adminA.on(balancer);
        a.stop();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, viaBalancer.get("/api/auth/me").status(), "request " + i + " after node A stopped");
        }
    }

    private static long woman(long unitId) {
        Map<String, Object> person = new HashMap<>();
        person.put("unitId", unitId);
        person.put("name", "王女士" + System.nanoTime() % 100_000);
        person.put("sex", "F");
        person.put("birthDate", "1975-05-05");
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("categories", List.of());
        body.put("bankName", "农村信用社");
        body.put("bankAccount", "6228480012345678901");
        body.put("healthConsentOn", LocalDate.now().toString());
        ApiClient.Reply r = adminA.post("/api/aid/beneficiaries", body);
        assertEquals(201, r.status(), r.body().toString());
        return r.body().path("personId").asLong();
    }

    private static long programme(int round) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("categories", List.of());
        rules.put("sex", null);
        rules.put("minAge", null);
        rules.put("maxAge", null);
        rules.put("onceEver", false);
        rules.put("noAidYears", 0);
        rules.put("noAidProgrammes", List.of());
        rules.put("requiresDiagnosis", false);
        Map<String, Object> body = new HashMap<>();
        body.put("code", "CLUSTER" + round);
        body.put("name", "集群测试项目" + round);
        body.put("kind", "CASH");
        body.put("fundSource", "BUDGET");
        body.put("amountFen", 100_000);
        body.put("budgetFen", 150_000);
        body.put("quotaPerUnit", null);
        body.put("rules", rules);
        body.put("reviewLevels", List.of("COMMUNITY"));
        body.put("noticeDays", 0);
        body.put("channels", List.of("BANK"));
        ApiClient.Reply r = adminA.post("/api/aid/programmes", body);
        assertEquals(201, r.status(), r.body().toString());
        return r.body().path("id").asLong();
    }

    private static JsonNode apply(long programme, long person) {
        ApiClient.Reply r = adminA.post("/api/aid/applications", Map.of("programmeId", programme, "personId", person,
                "reason", "生活困难", "appliedOn", LocalDate.now().toString()));
        assertEquals(201, r.status(), r.body().toString());
        return r.body();
    }

    private static ApiClient.Reply review(ApiClient who, JsonNode application) {
        return who.post("/api/aid/applications/" + application.path("id").asLong() + "/review",
                Map.of("approve", true, "comment", "同意", "version", application.path("version").asInt()));
    }

    static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + db, PG_USER, PG_PASSWORD);
    }

    static void sql(String db, String... statements) throws SQLException {
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static String queryOne(String sql) throws SQLException {
        try (Connection c = connect(database); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long number(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
