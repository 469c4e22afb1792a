package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The Felix bundle cache kept between starts (run.sh: {@code -Dlaunch.keep=true -Dlaunch.storage.dir=…}): a start
 * on a kept cache runs exactly the bundles of the jar it was started from — an upgraded jar its new bundles, another
 * deployment none of the bundles the cache held for the last one.
 */
class KeptCacheTest {
    private static final String OPS = "jar/org.wfed.ops-1.0.0-SNAPSHOT.jar";

    @Test
    void aStartOnAKeptCacheRunsTheBundlesOfItsOwnJarOnly() throws Exception {
        Path work = Files.createTempDirectory("wfed-kept-cache-");
        Path cache = work.resolve("felix");
        Map<String, String> keep = Map.of("JDK_JAVA_OPTIONS", "-Dlaunch.keep=true -Dlaunch.storage.dir=" + cache,
                "WFED_TWO_FACTOR", "none");
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Path upgraded = target.resolve("wfed-upgraded.jar");
        String newVersion = "1.0.0.zzupgraded";
        upgrade(target.resolve("wfed.jar"), upgraded, OPS, newVersion);
        try {
            String opsVersion;
            try (WfedServer.Running first = WfedServer.launch("wfed.jar", work, work.resolve("data1"), keep)) {
                Map<String, String> bundles = bundles(first);
                assertTrue(bundles.containsKey("org.wfed.aid"), "the full deployment runs aid: " + bundles);
                opsVersion = bundles.get("org.wfed.ops");
                assertNotNull(opsVersion, "org.wfed.ops is not running: " + bundles);
                first.stop();
            }
            assertTrue(Files.isDirectory(cache.resolve("bundle0")), "the launcher did not keep its cache in " + cache);

            // the same jar again: the bundles come from the cache and everything is ready as after a fresh start
            try (WfedServer.Running again = WfedServer.launch("wfed.jar", work, work.resolve("data2"), keep)) {
                assertEquals(opsVersion, bundles(again).get("org.wfed.ops"));
                again.stop();
            }

            // an upgraded jar: the changed bundle runs in its new version, never the cached one
            try (WfedServer.Running up = WfedServer.launch(upgraded.getFileName().toString(), work, work.resolve("data3"), keep)) {
                assertEquals(newVersion, bundles(up).get("org.wfed.ops"), "the cache ran the old org.wfed.ops");
                up.stop();
            }

            // another deployment on the same cache: none of the full deployment's other modules runs
            Path data4 = work.resolve("data4");
            try (WfedServer.Running small = WfedServer.launch("activities.jar", work, data4, keep)) {
                Map<String, String> bundles = bundles(small);
                assertTrue(bundles.containsKey("org.wfed.activities"), bundles.toString());
                for (String other : List.of("org.wfed.aid", "org.wfed.elections", "org.wfed.reporting", "org.wfed.rights", "org.wfed.services")) {
                    assertFalse(bundles.containsKey(other), other + " of the last deployment ran from the cache: " + bundles);
                }
                JsonNode health = new ApiClient(small.url()).get("/api/health").body();
                List<String> modules = new ArrayList<>();
                health.path("modules").forEach(m -> modules.add(m.asText()));
                assertEquals(List.of("core", "activities"), modules, health.toString());
                assertEquals("UP", health.path("status").asText(), health.toString());
                String log = Files.readString(data4.resolve("logs/wfed.log"), StandardCharsets.UTF_8);
                assertTrue(log.contains("kept bundle cache: removing org.wfed.aid"), "the log does not say what was removed");
                small.stop();
            }
        } finally {
            Files.deleteIfExists(upgraded);
            WfedServer.deleteTree(work);
        }
    }

    /** Symbolic name → version of every bundle the process runs (GET /api/system/bundles as admin). */
    private static Map<String, String> bundles(WfedServer.Running server) {
        ApiClient admin = ApiClient.admin(server.url());
        ApiClient.Reply r = admin.get("/api/system/bundles");
        assertEquals(200, r.status(), r.raw().body());
        Map<String, String> out = new HashMap<>();
        r.body().forEach(b -> out.put(b.path("symbolicName").asText(), b.path("version").asText()));
        return out;
    }

    /**
     * A copy of {@code jar} as the next build would be: the embedded bundle {@code path} with another Bundle-Version,
     * its digest in the outer manifest and its entry in the launcher's properties to match.
     */
    static void upgrade(Path jar, Path out, String path, String version) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile())) {
            byte[] bundle = rewriteVersion(in.getInputStream(in.getEntry(path)).readAllBytes(), version);
            Manifest outer = new Manifest(in.getInputStream(in.getEntry("META-INF/MANIFEST.MF")));
            Attributes digest = outer.getAttributes(path);
            if (digest != null) {
                digest.putValue("SHA-256-Digest", Base64.getEncoder().encodeToString(sha256(bundle)));
            }
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
                zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
                outer.write(zip);
                zip.closeEntry();
                Enumeration<? extends ZipEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (e.getName().equals("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    byte[] bytes = in.getInputStream(e).readAllBytes();
                    if (e.getName().equals(path)) {
                        bytes = bundle;
                    } else if (e.getName().equals("launcher.properties")) {
                        String symbolicName = "org.wfed.ops";
                        bytes = new String(bytes, StandardCharsets.ISO_8859_1)
                                .replaceAll(symbolicName.replace(".", "\\.") + ";version\\\\=\"[^\"]*\"",
                                        symbolicName + ";version\\\\=\"" + version + "\"")
                                .getBytes(StandardCharsets.ISO_8859_1);
                    }
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
        }
    }

    private static byte[] rewriteVersion(byte[] bundle, String version) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bundle))) {
            Manifest m = in.getManifest();
            m.getMainAttributes().putValue("Bundle-Version", version);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, m)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
