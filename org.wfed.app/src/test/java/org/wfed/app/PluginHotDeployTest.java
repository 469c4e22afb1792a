package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * A local plugin dropped into {@code <data>/plugins} of a running wfed is installed, used and removed without a
 * restart; one built for another core API version, an older version of one present and a corrupt file are
 * refused with a reason admins can read.
 */
class PluginHotDeployTest {

    private static Path pluginJar() throws Exception {
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("../org.wfed.example.insurance/target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("org\\.wfed\\.example\\.insurance-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("build org.wfed.example.insurance first"));
        }
    }

    /** The example plugin's jar with another Bundle-Version. */
    private static void withVersion(Path target, String version) throws Exception {
        try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(Files.newInputStream(pluginJar()))) {
            Manifest mf = in.getManifest();
            mf.getMainAttributes().putValue("Bundle-Version", version);
            Path tmp = Files.createTempFile("plugin-", ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmp), mf)) {
                for (java.util.jar.JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            // moved in whole, so that FileInstall never reads half a file
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static JsonNode awaitPlugin(ApiClient api, java.util.function.Predicate<JsonNode> wanted) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            for (JsonNode p : api.get("/api/system/plugins").body()) {
                if (wanted.test(p)) {
                    return p;
                }
            }
            WfedServer.sleep(300);
        }
        throw new AssertionError("no such plugin entry: " + api.get("/api/system/plugins").body());
    }

    /** A newer version replaces the older whatever the file names; an older one is refused; a corrupt file is reported. */
    @Test
    void aNewerVersionReplacesTheOlderADowngradeAndACorruptFileAreRefused() throws Exception {
        Path work = Files.createTempDirectory("wfed-plugins-");
        Path data = work.resolve("data");
        Path plugins = Files.createDirectories(data.resolve("plugins"));
        try (WfedServer.Running server = WfedServer.launch("wfed.jar", work, data, Map.of())) {
            ApiClient api = ApiClient.admin(server.url());
            withVersion(plugins.resolve("insurance-a.jar"), "1.0.0");
            api.awaitModule("insurance", true);
            withVersion(plugins.resolve("insurance-b.jar"), "1.1.0");
            awaitPlugin(api, p -> "1.1.0".equals(p.path("version").asText()) && "ACTIVE".equals(p.path("state").asText()));
            long until = System.currentTimeMillis() + 20_000;
            while (Files.exists(plugins.resolve("insurance-a.jar")) && System.currentTimeMillis() < until) {
                WfedServer.sleep(200);
            }
            assertTrue(Files.exists(data.resolve("plugins-replaced/insurance-a.jar")), "the older version was not moved aside");
            api.awaitStatus("/api/insurance/policies", 200);

            withVersion(plugins.resolve("insurance-old.jar"), "0.9.0");
            JsonNode refused = awaitPlugin(api, p -> "REFUSED".equals(p.path("state").asText()) && "0.9.0".equals(p.path("version").asText()));
            assertTrue(refused.path("problem").asText().contains("降级") && refused.path("problem").asText().contains("WFED_PLUGIN_DOWNGRADE"), refused.toString());
            assertTrue(Files.exists(data.resolve("plugins-refused/insurance-old.jar")));
            awaitPlugin(api, p -> "1.1.0".equals(p.path("version").asText()) && "ACTIVE".equals(p.path("state").asText()));

            Files.write(plugins.resolve("broken.jar"), new byte[] {1, 2, 3, 4, 5});
            JsonNode corrupt = awaitPlugin(api, p -> p.path("location").asText().endsWith("broken.jar") && !p.path("problem").isNull());
            assertTrue(corrupt.path("problem").asText().contains("损坏"), corrupt.toString());
            JsonNode health = api.get("/api/health").body();
            assertEquals("DEGRADED", health.path("status").asText(), health.toString());
            assertTrue(Files.readString(data.resolve("logs/wfed.log")).contains("broken.jar"), "the corrupt file is not in the log");
        }
    }

    private static boolean menuHas(ApiClient api, String page) {
        return api.get("/api/console/menu").body().toString().contains("\"id\":\"" + page + "\"");
    }

    @Test
    void exampleInsurancePluginComesAndGoesWithItsFile() throws Exception {
        Path work = Files.createTempDirectory("wfed-plugins-");
        Path plugins = Files.createDirectories(work.resolve("data/plugins"));
        try (WfedServer.Running server = WfedServer.launch("wfed.jar", work, work.resolve("data"), Map.of())) {
            ApiClient api = ApiClient.admin(server.url());
            assertFalse(menuHas(api, "insurance"));

            Path dropped = plugins.resolve("insurance.jar");
            Files.copy(pluginJar(), dropped, StandardCopyOption.REPLACE_EXISTING);
            api.awaitModule("insurance", true);
            api.awaitStatus("/api/insurance/policies", 200);
            assertTrue(menuHas(api, "insurance"));
            assertEquals(200, api.get("/console/modules/insurance/insurance.js").status());

            long top = api.get("/api/auth/me").body().path("unitId").asLong();
            long woman = api.post("/api/people", Map.of("unitId", top, "name", "投保人", "sex", "F", "birthDate", "1970-03-08"))
                    .body().path("id").asLong();
            int year = Year.now().getValue();
            assertEquals(201, api.post("/api/insurance/policies", Map.of("personId", woman, "year", year, "premiumFen", 10_000)).status());
            JsonNode policies = api.get("/api/insurance/policies?year=" + year).body();
            assertEquals(1, policies.size());
            assertEquals("投保人", policies.get(0).path("personName").asText());
            assertEquals(409, api.post("/api/insurance/policies", Map.of("personId", woman, "year", year, "premiumFen", 10_000)).status());

            Files.delete(dropped);
            api.awaitModule("insurance", false);
            assertEquals(200, api.awaitStatus("/api/people/" + woman, 200).status());
            assertFalse(menuHas(api, "insurance"));
            assertEquals(404, api.get("/api/insurance/policies").status());
        }
    }

    @Test
    void pluginForAnotherCoreApiIsRefusedWithAReason() throws Exception {
        Path work = Files.createTempDirectory("wfed-plugins-");
        Path plugins = Files.createDirectories(work.resolve("data/plugins"));
        try (WfedServer.Running server = WfedServer.launch("wfed.jar", work, work.resolve("data"), Map.of())) {
            ApiClient api = ApiClient.admin(server.url());
            Manifest mf = new Manifest();
            Attributes a = mf.getMainAttributes();
            a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            a.putValue("Bundle-ManifestVersion", "2");
            a.putValue("Bundle-SymbolicName", "org.example.future");
            a.putValue("Bundle-Version", "1.0.0");
            a.putValue("Import-Package", "org.wfed.core;version=\"[2.0,3)\"");
            try (OutputStream out = Files.newOutputStream(plugins.resolve("future.jar")); JarOutputStream jar = new JarOutputStream(out, mf)) {
                jar.flush();
            }
            JsonNode found = null;
            long until = System.currentTimeMillis() + 30_000;
            while (found == null && System.currentTimeMillis() < until) {
                for (JsonNode p : api.get("/api/system/plugins").body()) {
                    if ("org.example.future".equals(p.path("symbolicName").asText()) && !p.path("problem").isNull()) {
                        found = p;
                    }
                }
                WfedServer.sleep(300);
            }
            assertNotNull(found, "the incompatible plugin was not reported");
            assertEquals("INSTALLED", found.path("state").asText());
            assertTrue(found.path("problem").asText().contains("不兼容"), found.toString());
            assertEquals(200, api.get("/api/health").status());
        }
    }
}
