package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Health means ready, on the full deployment ({@code wfed.jar}) started as {@code java -jar}: health is asked as
 * fast as it answers from the first moment, and every answer that is not 503 STARTING is followed at once by a
 * sign-in that must succeed. The first start runs on a machine made slow and small (one processor, the first JIT
 * tier only), as the shared 2-core machine was when health said ready while the modules were still down and
 * sign-in answered 404 "No service was found". A deployment that is not ready within WFED_START_TIMEOUT ends
 * with its own exit code and one line instead of running and serving nothing.
 */
class ReadinessContractTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Path jar() {
        return Path.of(System.getProperty("basedir", ".")).resolve("target/wfed.jar");
    }

    private static HttpResponse<String> signIn(String base) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + WfedServer.ADMIN_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthNeverSaysReadyWhileSignInIsMissing() throws Exception {
        List<String> wrong = new ArrayList<>();
        int starting = 0;
        for (String jvm : List.of("-XX:ActiveProcessorCount=1 -XX:TieredStopAtLevel=1", "")) {
            Path data = Files.createTempDirectory("wfed-ready-");
            int port = WfedServer.freePortNow();
            Path out = Files.createTempFile("wfed-ready-run-", ".log");
            Process p = WfedServer.process(jar(), data, data, port, Map.of("JAVA_TOOL_OPTIONS", jvm))
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            try {
                String base = "http://localhost:" + port;
                int health = 0;
                String body = "";
                long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
                while (health != 200 && System.nanoTime() < until && p.isAlive()) {
                    try {
                        HttpResponse<String> h = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        health = h.statusCode();
                        body = h.body();
                        if (health == 503) {
                            if (body.contains("\"STARTING\"") && body.contains("\"waitingFor\":[\"")) {
                                starting++;
                            } else {
                                wrong.add(jvm + ": 503 without STARTING and what it waits for: " + body);
                            }
                        } else if (health != 200 && health != 404) {
                            // 404 only while the JAX-RS application itself is not yet served
                            wrong.add(jvm + ": health answered " + health + " " + body);
                        }
                    } catch (java.io.IOException notYet) {
                        Thread.sleep(10);
                    }
                }
                assertEquals(200, health, jvm + ": never ready; last answer " + body + "\n" + Files.readString(out));
                HttpResponse<String> login = signIn(base);
                if (login.statusCode() != 200) {
                    wrong.add(jvm + ": health " + body + " but sign-in " + login.statusCode() + " " + login.body());
                }
                if (!body.contains("\"status\":\"UP\"")) {
                    wrong.add(jvm + ": the full deployment is not UP: " + body);
                }
                for (String module : List.of("activities", "aid", "elections", "reporting")) {
                    if (!body.contains("\"" + module + "\"")) {
                        wrong.add(jvm + ": ready without module " + module + ": " + body);
                    }
                }
            } finally {
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
                Files.deleteIfExists(out);
                WfedServer.deleteTree(data);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(starting > 0, "health never answered 503 STARTING before it was ready");
    }

    /**
     * WFED_START_TIMEOUT=1: the full deployment needs more than a second from the process start on any machine,
     * so the process must end with exit code 9, the line naming the setting and what it still waited for, and
     * health must never have said ready before.
     */
    @Test
    void aDeploymentNotReadyInTimeEndsWithOneLine() throws Exception {
        Path data = Files.createTempDirectory("wfed-not-ready-");
        Path err = Files.createTempFile("wfed-not-ready-err-", ".txt");
        int port = WfedServer.freePortNow();
        Process p = WfedServer.process(jar(), data, data, port, Map.of("WFED_START_TIMEOUT", "1"))
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<Integer> answers = new ArrayList<>();
        try {
            long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (p.isAlive() && System.nanoTime() < until) {
                try {
                    answers.add(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode());
                } catch (java.io.IOException notYet) {
                    Thread.sleep(10);
                }
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "wfed kept running though it could not become ready");
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(9, p.exitValue(), stderr);
            String line = stderr.lines().filter(l -> l.startsWith("wfed 无法启动：")).findFirst()
                    .orElseThrow(() -> new AssertionError("no start-up failure line on stderr:\n" + stderr));
            assertTrue(line.contains("WFED_START_TIMEOUT") && line.contains(" | wfed cannot start: not ready 1 s after the start"), line);
            assertTrue(line.contains("still waiting for: "), line);
            assertTrue(Files.readString(data.resolve("logs/wfed.log"), StandardCharsets.UTF_8).contains(line), "not in wfed.log: " + line);
            assertTrue(answers.stream().noneMatch(code -> code == 200), "health said ready: " + answers);
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(err);
            WfedServer.deleteTree(data);
        }
    }
}
