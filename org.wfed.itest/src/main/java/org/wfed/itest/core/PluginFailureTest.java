package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.wfed.itest.Api;

/**
 * A local plugin whose migration fails (the example plugin with a broken second script) is reported FAILED
 * with the database's reason, health says DEGRADED, and everything the plugin contributes is withdrawn: no menu
 * entry, no indicator, no endpoint. Once it is removed, health is UP again.
 */
class PluginFailureTest {

    @BeforeAll
    static void up() {
        Api.awaitUp("elections", "aid", "activities", "reporting");
    }

    /** The example plugin's jar with {@code db/insurance/V2__break.sql}, a script that cannot run. */
    private static byte[] brokenPlugin() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = PluginFailureTest.class.getResourceAsStream("/plugins/insurance.jar");
             JarInputStream jar = new JarInputStream(in);
             JarOutputStream out = new JarOutputStream(bytes, jar.getManifest())) {
            for (JarEntry e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
                out.putNextEntry(new JarEntry(e.getName()));
                jar.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("db/insurance/V2__break.sql"));
            out.write("-- a script that fails: the table exists since V1\nCREATE TABLE ins_policy (id INT);\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static JsonNode plugin(Api admin, String symbolicName) {
        for (JsonNode p : admin.get("system/plugins").expect(200).body()) {
            if (symbolicName.equals(p.path("symbolicName").asText())) {
                return p;
            }
        }
        return null;
    }

    @Test
    void aPluginWhoseMigrationFailsIsReportedAndWithdrawn() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PluginFailureTest.class).getBundleContext();
        Api admin = Api.admin();
        Bundle plugin = context.installBundle("file:/wfed-itest/plugins/broken-insurance.jar", new ByteArrayInputStream(brokenPlugin()));
        try {
            plugin.start();
            JsonNode found = null;
            long until = System.currentTimeMillis() + 30_000;
            while ((found == null || !"FAILED".equals(found.path("state").asText())) && System.currentTimeMillis() < until) {
                Thread.sleep(200);
                found = plugin(admin, "org.wfed.example.insurance");
            }
            assertNotNull(found, "the plugin is not listed");
            assertEquals("FAILED", found.path("state").asText(), found.toString());
            String problem = found.path("problem").asText();
            assertTrue(problem.contains("插件组件启动失败") && problem.contains("InsuranceModule"), problem);

            Api.Reply health = new Api().get("health").expect(200);
            assertEquals("DEGRADED", health.body().path("status").asText(), health.raw().body());
            assertTrue(health.body().path("down").toString().contains("org.wfed.example.insurance"), health.raw().body());
            assertFalse(health.body().path("modules").toString().contains("insurance"), health.raw().body());

            assertFalse(admin.get("console/menu").expect(200).raw().body().contains("\"insurance\""), "the plugin's page is still in the menu");
            assertFalse(admin.get("reporting/indicators").expect(200).raw().body().contains("insurance."), "the plugin's indicators are still listed");
            assertEquals(404, admin.get("insurance/policies").status());
            for (long stop = System.currentTimeMillis() + 15_000; plugin.getState() != Bundle.RESOLVED && System.currentTimeMillis() < stop; ) {
                Thread.sleep(100);
            }
            assertEquals(Bundle.RESOLVED, plugin.getState(), "the failed plugin is stopped");
        } finally {
            plugin.uninstall();
        }
        long until = System.currentTimeMillis() + 20_000;
        while (!"UP".equals(new Api().get("health").body().path("status").asText()) && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        assertEquals("UP", new Api().get("health").body().path("status").asText());
    }
}
