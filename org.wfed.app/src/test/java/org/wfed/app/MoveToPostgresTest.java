package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A district that started on embedded Derby moves to PostgreSQL (docs/scaling.md, "Moving a district from Derby to
 * PostgreSQL"): the demo district and a few records made through the API on Derby, then {@code WFED_MOVE_FROM} on a
 * PostgreSQL node; the same admin password, the same roll-up table, the same records and photo, new ids past the old
 * ones; a move while the old wfed runs, into a database that is not empty, or a second time is refused and changes
 * nothing. Runs with {@code -Ppostgresql}.
 */
@EnabledIfSystemProperty(named = "wfed.test.pg.port", matches = "\\d+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MoveToPostgresTest {
    private static final String PG_HOST = System.getProperty("wfed.test.pg.host", "localhost");
    private static final String PG_PORT = System.getProperty("wfed.test.pg.port", "55432");
    private static final String PG_USER = System.getProperty("wfed.test.pg.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("wfed.test.pg.password", "");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 1, 2, 3};
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String database = "wfed_move_" + ProcessHandle.current().pid();
    private static final String busy = database + "_busy";
    private static Path old;
    private static Path files;
    private static Path newData;
    private static WfedServer.Running derby;
    private static WfedServer.Running moved;
    private static String derbyUrl;
    private static long top;
    private static int year;
    private static long person;
    private static JsonNode personBefore;
    private static long photo;
    private static long application;
    private static JsonNode applicationBefore;
    private static JsonNode tableBefore;
    private static long moveMillis;

    /** The demo district on Derby, with a person (ID number and phone), an aid application and a photo made through the API. */
    @BeforeAll
    static void aDistrictOnDerby() throws Exception {
        ClusterTest.sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)", "CREATE DATABASE " + database,
                "DROP DATABASE IF EXISTS " + busy + " WITH (FORCE)", "CREATE DATABASE " + busy);
        ClusterTest.sql(busy, "CREATE TABLE keep (x INT)", "INSERT INTO keep VALUES (1)");
        old = Files.createTempDirectory("wfed-move-derby-");
        files = Files.createTempDirectory("wfed-move-files-");
        newData = Files.createTempDirectory("wfed-move-pg-");
        derby = WfedServer.launch("wfed.jar", old, old, Map.of("WFED_DEMO", "1"));
        derbyUrl = derby.url();
        awaitDemo(old);
        ApiClient admin = ApiClient.admin(derbyUrl);
        top = admin.get("/api/auth/me").body().path("unitId").asLong();
        year = LocalDate.now().getYear();

        Map<String, Object> p = new HashMap<>();
        p.put("unitId", top);
        p.put("name", "迁移测试");
        p.put("sex", "F");
        p.put("birthDate", "1949-12-31");
        p.put("idNumber", "11010519491231002X");
        p.put("phone", "13800138000");
        ApiClient.Reply made = admin.post("/api/people", p);
        assertEquals(201, made.status(), made.raw().body());
        person = made.body().path("id").asLong();
        personBefore = admin.get("/api/people/" + person + "?reveal=true").body();
        assertEquals("11010519491231002X", personBefore.path("idNumber").asText(), personBefore.toString());

        long activity = admin.post("/api/activities/events", Map.of("unitId", top, "heldOn", LocalDate.now().toString(),
                "typeCode", "PERFORMANCE", "theme", "迁移前的文艺汇演")).body().path("id").asLong();
        HttpResponse<String> up = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(derbyUrl + "/api/activities/photos?owner=ACTIVITY&ownerId=" + activity))
                .header("Content-Type", "image/png").header("Cookie", admin.cookie()).header("X-CSRF-Token", admin.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(PNG)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, up.statusCode(), up.body());
        photo = JSON.readTree(up.body()).path("id").asLong();

        application = AidFixture.application(admin, top, AidFixture.programme(admin, 0));
        applicationBefore = admin.get("/api/aid/applications/" + application + "?reveal=true").body();
        tableBefore = admin.get("/api/reporting/table?unitId=" + top + "&year=" + year).body();
        assertTrue(tableBefore.path("rows").size() > 0, tableBefore.toString());
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (WfedServer.Running r : new WfedServer.Running[] {derby, moved}) {
            if (r != null) {
                r.close();
            }
        }
        WfedServer.deleteTree(files);
        WfedServer.deleteTree(newData);
        WfedServer.deleteTree(old);
        ClusterTest.sql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)", "DROP DATABASE IF EXISTS " + busy + " WITH (FORCE)");
    }

    @Test
    @Order(1)
    void aMoveWhileTheOldWfedRunsIsRefusedAndWritesNothing() throws Exception {
        WfedServer.Refused r = WfedServer.refusedStart("wfed.jar", newData, newData, WfedServer.freePortNow(), env(database));
        assertEquals(5, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("仍被一个运行中的 wfed 使用") && r.stderr().contains("stop it before the move"), r.stderr());
        assertEquals(0, tables(database), "no table was made");
    }

    @Test
    @Order(2)
    void aMoveIntoADatabaseThatIsNotEmptyIsRefusedAndChangesNothing() throws Exception {
        derby.stop();
        WfedServer.Refused r = WfedServer.refusedStart("wfed.jar", newData, newData, WfedServer.freePortNow(), env(busy));
        assertEquals(9, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("目标 PostgreSQL 数据库不是空的") && r.stderr().contains("is not empty"), r.stderr());
        assertEquals(1, tables(busy));
        assertEquals(1, number(busy, "SELECT COUNT(*) FROM keep"));
        assertEquals(0, entries(files), "no file was copied");
        assertFalse(Files.exists(old.resolve("MOVED-TO-POSTGRESQL.txt")), "a failed move leaves the old folder as it was");
    }

    @Test
    @Order(3)
    void theMovedDistrictHasTheSameAdminTableAndRecords() throws Exception {
        long start = System.nanoTime();
        moved = start(env(database));
        moved.awaitHealthy(Duration.ofSeconds(180));
        moveMillis = (System.nanoTime() - start) / 1_000_000;
        String log = Files.readString(newData.resolve("logs/wfed.log"));
        assertTrue(log.contains("moved from Derby " + old), log.lines().filter(l -> l.contains("move")).toList().toString());
        System.out.println("move of the demo district, start to ready: " + moveMillis + " ms; "
                + log.lines().filter(l -> l.contains("moved from Derby")).findFirst().orElse(""));

        // the same password and second factor: the admin's row and the key of the files folder came along
        SecondFactors.sameAs(moved.url(), derbyUrl);
        ApiClient admin = ApiClient.admin(moved.url());
        assertEquals(top, admin.get("/api/auth/me").body().path("unitId").asLong());

        JsonNode tableAfter = admin.get("/api/reporting/table?unitId=" + top + "&year=" + year).body();
        assertEquals(tableBefore.path("total"), tableAfter.path("total"));
        assertEquals(tableBefore.path("rows"), tableAfter.path("rows"));
        assertEquals(personBefore, admin.get("/api/people/" + person + "?reveal=true").body());
        assertEquals(applicationBefore, admin.get("/api/aid/applications/" + application + "?reveal=true").body());

        HttpResponse<byte[]> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(moved.url() + "/api/activities/photos/" + photo))
                .header("Cookie", admin.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertArrayEquals(PNG, got.body());

        // new records get ids past every id Derby gave
        Map<String, Object> p = Map.of("unitId", top, "name", "迁移后新增", "sex", "F", "birthDate", "1980-01-01");
        ApiClient.Reply made = admin.post("/api/people", p);
        assertEquals(201, made.status(), made.raw().body());
        assertTrue(made.body().path("id").asLong() > person, made.body().toString());

        assertEquals(1, number(database, "SELECT COUNT(*) FROM core_audit WHERE action = 'system.move'"));
        JsonNode v = admin.get("/api/audit/verify").body();
        assertTrue(v.path("intact").asBoolean(), "the audit chain moved intact: " + v);
    }

    @Test
    @Order(4)
    void aSecondMoveIsRefusedAndChangesNothing() throws Exception {
        long people = number(database, "SELECT COUNT(*) FROM core_person");
        moved.stop();
        WfedServer.Refused r = WfedServer.refusedStart("wfed.jar", newData, newData, WfedServer.freePortNow(), env(database));
        assertEquals(9, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("已于此前从 Derby 迁移完成") && r.stderr().contains("start without WFED_MOVE_FROM"), r.stderr());
        assertEquals(people, number(database, "SELECT COUNT(*) FROM core_person"));
    }

    @Test
    @Order(5)
    void theOldFolderRefusesADerbyStartOnceMoved() throws Exception {
        assertTrue(Files.readString(old.resolve("MOVED-TO-POSTGRESQL.txt")).contains("迁移到 jdbc:postgresql://"), "the note names where the data went");
        // a clerk's work must not go into the copy left behind
        WfedServer.Refused r = WfedServer.refusedStart("wfed.jar", old, old, WfedServer.freePortNow(), Map.of());
        assertEquals(9, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("的数据已迁移到 PostgreSQL") && r.stderr().contains("was moved to PostgreSQL"), r.stderr());
    }

    private static Map<String, String> env(String db) {
        return Map.of("WFED_DB_URL", "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + db,
                "WFED_DB_USER", PG_USER, "WFED_DB_PASSWORD", PG_PASSWORD, "WFED_FILES", files.toString(),
                "WFED_MOVE_FROM", old.toString(), "WFED_REPORTING_WARM_UP", "false");
    }

    private static WfedServer.Running start(Map<String, String> env) throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        int port = WfedServer.freePortNow();
        Path log = base.resolve("target/wfed-move-" + port + ".log");
        ProcessBuilder pb = WfedServer.process(base.resolve("target/wfed.jar"), newData, newData, port, env);
        return new WfedServer.Running(pb.redirectErrorStream(true).redirectOutput(log.toFile()).start(), port, newData, log);
    }

    /** Until every demo provider (organisation, aid, activities, elections, rights, services) has loaded its records. */
    private static void awaitDemo(Path data) throws Exception {
        Path file = data.resolve("logs/wfed.log");
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            String log = Files.isRegularFile(file) ? Files.readString(file) : "";
            if (log.lines().filter(l -> l.contains("demo data of ") && l.contains(" loaded")).count() >= 6) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the demo data did not load in 3 minutes");
    }

    private static long entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    private static long tables(String db) throws SQLException {
        return number(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'");
    }

    private static long number(String db, String query) throws SQLException {
        try (Connection c = ClusterTest.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
