package org.wfed.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the exported {@code target/wfed.jar} as a user would ({@code java -jar}, its own process,
 * a free port, a fresh data folder) once for all test classes that use it, waits until
 * {@code GET /api/health} answers 200, and stops it when the test run ends.
 */
public final class WfedServer implements BeforeAllCallback {
    public static final String ADMIN_PASSWORD = "Wfed-Browser-2026!";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(WfedServer.class);
    private static volatile Running running;

    /** The base URL of the running server, e.g. {@code http://localhost:40123}. */
    public static String url() {
        if (running == null) {
            throw new IllegalStateException("WfedServer not started: annotate the test with @ExtendWith(WfedServer.class)");
        }
        return "http://localhost:" + running.port;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(NS).getOrComputeIfAbsent("server", k -> start(), Running.class);
    }

    private static Running start() {
        try {
            Path data = Files.createTempDirectory("wfed-browser-data-");
            return launch("wfed.jar", data, data, java.util.Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts one exported jar of {@code target/} as its own process in {@code workDir} (where its
     * {@code plugins/} folder is) with data in {@code data}, and waits until it is healthy. The caller
     * closes it; closing also deletes {@code data}.
     */
    public static Running launch(String jarName, Path workDir, Path data, java.util.Map<String, String> env) throws IOException {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path jar = base.resolve("target").resolve(jarName);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the export in org.wfed.app must run first");
        }
        int port = freePort();
        Path log = base.resolve("target/wfed-" + jarName.replace(".jar", "") + "-" + port + ".log");
        ProcessBuilder pb = process(jar, workDir, data, port, env).redirectErrorStream(true).redirectOutput(log.toFile());
        Running r = new Running(pb.start(), port, data, log);
        r.awaitHealthy(startTimeout());
        return r;
    }

    /**
     * How long a start may take: 180 s (the test JVMs start their shared servers at the same moment, beside the
     * in-framework suite: README, Tests), or {@code -Dwfed.test.startSeconds} (a machine shared with other builds can
     * take longer; at a load of 30 on two cores a start took up to three minutes).
     */
    static Duration startTimeout() {
        return Duration.ofSeconds(Long.getLong("wfed.test.startSeconds", 180));
    }

    /** {@code java -jar <jar>} as an administrator starts it: WFED_PORT and WFED_DATA, nothing else. */
    static ProcessBuilder process(Path jar, Path workDir, Path data, int port, java.util.Map<String, String> env) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-jar", jar.toAbsolutePath().toString())).directory(workDir.toFile());
        pb.environment().put("WFED_PORT", String.valueOf(port));
        pb.environment().put("WFED_DATA", data.toString());
        pb.environment().put("WFED_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("WFED_PASSWORD_ITERATIONS", "1000");
        pb.environment().remove("WFED_DEMO");
        pb.environment().putAll(env);
        return pb;
    }

    /** How a start that should fail ended: exit code, what it wrote on stderr and on stdout. */
    public record Refused(int exitCode, String stderr, String stdout) {
    }

    /** Starts the jar with a fault and waits for the process to end (at most a minute); fails if it keeps running. */
    public static Refused refusedStart(String jarName, Path workDir, Path data, int port, java.util.Map<String, String> env) throws IOException {
        Path jar = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve(jarName);
        Path err = Files.createTempFile("wfed-stderr-", ".txt");
        Path out = Files.createTempFile("wfed-stdout-", ".txt");
        Process p = process(jar, workDir, data, port, env).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("wfed kept running with the fault instead of ending:\n" + Files.readString(err));
            }
            return new Refused(p.exitValue(), Files.readString(err), Files.readString(out));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(err);
            Files.deleteIfExists(out);
        }
    }

    /** A port nothing listens on now. */
    public static int freePortNow() throws IOException {
        return freePort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** The wfed process; closed (killed, data deleted) by JUnit when the root context ends. */
    public static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Process process;
        public final int port;
        final Path data;
        final Path log;

        Running(Process process, int port, Path data, Path log) {
            this.process = process;
            this.port = port;
            this.data = data;
            this.log = log;
        }

        public String url() {
            return "http://localhost:" + port;
        }

        /**
         * Waits for {@code /api/health} to answer 200: wfed says it is ready only once every module is migrated
         * and registered and every REST resource is served (before, it answers 503 STARTING), however long a loaded
         * machine takes, as long as the start makes progress; a deployment with a part down answers 200 DEGRADED.
         */
        void awaitHealthy(Duration timeout) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("wfed exited with " + process.exitValue() + ":\n" + tail());
                }
                try {
                    HttpResponse<String> h = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (h.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                sleep(50);
            }
            close();
            throw new IllegalStateException("wfed did not become healthy within " + timeout + ":\n" + tail());
        }

        /**
         * The stack of the process's thread named {@code name} (jcmd Thread.print), for a
         * failure message that shows where a background job stands.
         */
        String thread(String name) {
            try {
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
                String dump = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                jcmd.waitFor(30, TimeUnit.SECONDS);
                StringBuilder wanted = new StringBuilder();
                for (String block : dump.split("\n\n")) {
                    if (block.startsWith("\"" + name + "\"")) {
                        wanted.append(block).append("\n\n");
                    }
                }
                return wanted.length() == 0 ? "(no thread named " + name + ")" : wanted.toString();
            } catch (IOException e) {
                return "(no thread dump: " + e + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "(no thread dump: interrupted)";
            }
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        /** Stops the process and keeps its data folder (for restart and restore tests). */
        public void stop() {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            deleteTree(data);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
