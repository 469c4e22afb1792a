package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The start-up contract as an IT department meets it with {@code java -jar}: every fault that would leave wfed
 * unable to serve ends the process with its own exit code and one line, Chinese and English, on stderr and in
 * {@code <data>/logs/wfed.log}; WFED_PORT alone is enough; health says ready only when sign-in answers.
 */
class StartUpContractTest {

    private static String log(Path data) throws Exception {
        Path log = data.resolve("logs/wfed.log");
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The one line on stderr, and the same line in the log file. */
    private static void assertRefused(WfedServer.Refused r, int code, String mention, Path data, boolean logWritable) throws Exception {
        assertEquals(code, r.exitCode(), "exit code; stderr:\n" + r.stderr());
        String line = r.stderr().lines().filter(l -> l.startsWith("wfed 无法启动：")).findFirst()
                .orElseThrow(() -> new AssertionError("no start-up failure line on stderr:\n" + r.stderr()));
        assertTrue(line.contains(" | wfed cannot start: "), line);
        assertTrue(line.contains(mention), line);
        assertFalse(r.stdout().contains("wfed 无法启动"), "the failure belongs on stderr, not stdout");
        if (logWritable) {
            assertTrue(log(data).contains(line), "not in <data>/logs/wfed.log: " + line);
        }
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "WFED_MAX_FAILED_LOGINS, abc",
            "WFED_PASSWORD_MIN_LENGTH, ten",
            "WFED_SESSION_TIMEOUT, -5",
            "WFED_DEMO, maybe",
            "WFED_ADMIN_PASSWORD, short",
            "WFED_DB_URL, mysql://db/wfed",
            "WFED_DB_POOL_SIZE, 0"})
    void aBadSettingEndsTheStartWithItsName(String variable, String value) throws Exception {
        Path data = Files.createTempDirectory("wfed-bad-setting-");
        try {
            WfedServer.Refused r = WfedServer.refusedStart("activities.jar", data, data, WfedServer.freePortNow(), Map.of(variable, value));
            assertRefused(r, 2, variable, data, true);
            assertFalse(Files.exists(data.resolve("db")), "nothing may start with a bad setting, not even the database");
        } finally {
            WfedServer.deleteTree(data);
        }
    }

    /** With PostgreSQL the uploaded files must go to a folder every node shares: without WFED_FILES nothing starts. */
    @Test
    void postgresqlWithoutASharedFilesFolderEndsTheStart() throws Exception {
        Path data = Files.createTempDirectory("wfed-no-files-");
        try {
            WfedServer.Refused r = WfedServer.refusedStart("activities.jar", data, data, WfedServer.freePortNow(),
                    Map.of("WFED_DB_URL", "jdbc:postgresql://localhost:5432/wfed"));
            assertRefused(r, 2, "WFED_FILES", data, true);
            assertFalse(Files.exists(data.resolve("db")));
        } finally {
            WfedServer.deleteTree(data);
        }
    }

    @Test
    void aPortInUseEndsTheStart() throws Exception {
        Path data = Files.createTempDirectory("wfed-port-taken-");
        try (ServerSocket taken = new ServerSocket(0)) {
            WfedServer.Refused r = WfedServer.refusedStart("activities.jar", data, data, taken.getLocalPort(), Map.of());
            assertRefused(r, 3, String.valueOf(taken.getLocalPort()), data, true);
            assertTrue(r.stderr().contains("端口"), r.stderr());
        } finally {
            WfedServer.deleteTree(data);
        }
    }

    @Test
    void aSecondWfedOnTheSameDataFolderEndsAtOnce() throws Exception {
        Path data = Files.createTempDirectory("wfed-two-");
        try (WfedServer.Running first = WfedServer.launch("activities.jar", data, data, Map.of())) {
            WfedServer.Refused r = WfedServer.refusedStart("activities.jar", data, data, WfedServer.freePortNow(), Map.of());
            assertRefused(r, 5, data.toString(), data, true);
            assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(first.url() + "/api/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "the first wfed keeps serving");
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenEndsTheStart() throws Exception {
        Path parent = Files.createTempDirectory("wfed-readonly-");
        Path data = Files.createDirectories(parent.resolve("data"));
        // root writes through permission bits; the immutable attribute stops root as well
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Assumptions.assumeTrue(new ProcessBuilder("chattr", "+i", data.toString()).start().waitFor() == 0, "chattr not available");
        } else {
            data.toFile().setWritable(false);
        }
        try {
            WfedServer.Refused r = WfedServer.refusedStart("activities.jar", parent, data, WfedServer.freePortNow(), Map.of());
            assertRefused(r, 4, data.toString(), data, false);
        } finally {
            if (root) {
                new ProcessBuilder("chattr", "-i", data.toString()).start().waitFor();
            }
            data.toFile().setWritable(true);
            WfedServer.deleteTree(parent);
        }
    }

    /** An older wfed must not write to a schema it does not know: it refuses the database and says what to do. */
    @Test
    void aDatabaseOfANewerWfedIsRefused() throws Exception {
        Path data = Files.createTempDirectory("wfed-newer-db-");
        try {
            WfedServer.launch("activities.jar", data, data, Map.of()).stop();
            try (Connection c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db")); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO core_schema_version (owner, version, description, applied_at)"
                        + " VALUES ('core', 999, 'from a newer wfed', CURRENT_TIMESTAMP)");
            }
            try {
                DriverManager.getConnection("jdbc:derby:" + data.resolve("db") + ";shutdown=true").close();
            } catch (SQLException shutDown) {
                // Derby answers a shutdown with an exception
            }
            WfedServer.Refused r = WfedServer.refusedStart("activities.jar", data, data, WfedServer.freePortNow(), Map.of());
            assertRefused(r, 6, "V999", data, true);
            assertTrue(r.stderr().contains("docs/upgrading.md"), r.stderr());
        } finally {
            WfedServer.deleteTree(data);
        }
    }

    /**
     * A migration changed after a database applied it (its checksum differs) is refused: the database would not be
     * the schema the code expects. Checksums missing from an older database are recorded instead (the start above).
     */
    @Test
    void aMigrationChangedAfterItWasAppliedIsRefused() throws Exception {
        Path data = Files.createTempDirectory("wfed-changed-migration-");
        try {
            WfedServer.launch("activities.jar", data, data, Map.of()).stop();
            try (Connection c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db")); Statement st = c.createStatement()) {
                assertEquals(1, st.executeUpdate("UPDATE core_schema_version SET checksum = '" + "0".repeat(64)
                        + "' WHERE owner = 'core' AND version = 2"));
            }
            try {
                DriverManager.getConnection("jdbc:derby:" + data.resolve("db") + ";shutdown=true").close();
            } catch (SQLException shutDown) {
                // Derby answers a shutdown with an exception
            }
            WfedServer.Refused r = WfedServer.refusedStart("activities.jar", data, data, WfedServer.freePortNow(), Map.of());
            assertRefused(r, 8, "V2", data, true);
        } finally {
            WfedServer.deleteTree(data);
        }
    }

    /**
     * WFED_PORT alone, 20 starts on one data folder: each binds Jetty once, on that port, answers 503 until ready,
     * and once health says 200 sign-in answers at once (never the 404s of a rebind). The smallest deployment keeps
     * the test short; its HTTP and JAX-RS stack, where the rebind lost the application, is the full one's.
     */
    @Test
    void wfedPortAloneStartsRightTwentyTimesOfTwenty() throws Exception {
        Path data = Files.createTempDirectory("wfed-port-");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> wrong = new ArrayList<>();
        int starting = 0;
        try {
            for (int run = 1; run <= 20; run++) {
                int port = WfedServer.freePortNow();
                Path out = Files.createTempFile("wfed-port-run-", ".log");
                Process p = WfedServer.process(Path.of(System.getProperty("basedir", ".")).resolve("target/activities.jar"), data, data, port, Map.of())
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
                try {
                    String base = "http://localhost:" + port;
                    int health = 0;
                    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                    while (health != 200 && System.nanoTime() < until && p.isAlive()) {
                        try {
                            HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            health = h.statusCode();
                            if (health == 503 && h.body().contains("\"STARTING\"") && h.body().contains("waitingFor")) {
                                starting++;
                            }
                        } catch (java.io.IOException notYet) {
                            Thread.sleep(20);
                        }
                    }
                    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + WfedServer.ADMIN_PASSWORD + "\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (health != 200 || login.statusCode() != 200) {
                        wrong.add("run " + run + ": health " + health + ", sign-in " + login.statusCode() + " " + login.body());
                    }
                } finally {
                    p.destroy();
                    p.waitFor();
                }
                String started = Files.readString(log(data).isEmpty() ? out : data.resolve("logs/wfed.log"));
                long binds = started.lines().filter(l -> l.contains("Started ServerConnector")).count();
                Files.deleteIfExists(out);
                Files.writeString(data.resolve("logs/wfed.log"), "");
                if (binds != 1 || !started.contains("0.0.0.0:" + port + "}")) {
                    wrong.add("run " + run + ": Jetty bound " + binds + " times");
                }
            }
        } finally {
            WfedServer.deleteTree(data);
        }
        assertEquals(List.of(), wrong);
        assertTrue(starting > 0, "health never answered 503 STARTING before it was ready");
    }
}
