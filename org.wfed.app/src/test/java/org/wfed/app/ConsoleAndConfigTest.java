package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Felix Web Console refuses state-changing requests without the session's CSRF token and audits the ones it
 * takes with the admin's name; a configuration changed there, and one given as a file in {@code <data>/config},
 * are both in force after a restart and shown among the effective settings.
 */
class ConsoleAndConfigTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> form(String url, String cookie, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode configuration(ApiClient admin, String pid) {
        for (JsonNode c : admin.get("/api/system/settings").body().path("configurations")) {
            if (pid.equals(c.path("pid").asText())) {
                return c;
            }
        }
        return null;
    }

    @Test
    void consoleActionsNeedTheTokenAreAuditedAndConfigurationOutlivesARestart() throws Exception {
        Path data = Files.createTempDirectory("wfed-console-");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/org.wfed.example.greeting.cfg.json"), "{\"greeting\": \"你好\", \"times\": 3}");
        WfedServer.Running first = WfedServer.launch("wfed.jar", data, data, Map.of());
        try {
            ApiClient admin = ApiClient.admin(first.url());
            String console = first.url() + "/system/console";
            long until = System.currentTimeMillis() + 20_000;
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(console + "/bundles")).header("Cookie", admin.cookie()).build(),
                    HttpResponse.BodyHandlers.ofString());
            while (page.statusCode() != 200 && System.currentTimeMillis() < until) {
                WfedServer.sleep(200); // the web console comes up a moment after the API
                page = HTTP.send(HttpRequest.newBuilder(URI.create(console + "/bundles")).header("Cookie", admin.cookie()).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            Matcher m = Pattern.compile("<meta name=\"wfed-csrf\" content=\"([^\"]+)\">").matcher(page.body());
            assertTrue(m.find(), "the console page carries no CSRF token");
            String token = m.group(1);

            String set = "apply=true&action=ajaxConfigManager&propertylist=sessionTimeout&sessionTimeout=20";
            HttpResponse<String> refused = form(console + "/configMgr/org.wfed.security", admin.cookie(), set, null);
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("CSRF"), refused.body());
            assertEquals(403, form(console + "/configMgr/org.wfed.security", admin.cookie(), set, "forged").statusCode());
            HttpResponse<String> taken = form(console + "/configMgr/org.wfed.security?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                    admin.cookie(), set, null);
            assertTrue(taken.statusCode() < 400, taken.statusCode() + " " + taken.body());
            assertEquals("20", configuration(admin, "org.wfed.security").path("properties").path("sessionTimeout").asText());

            JsonNode entries = admin.get("/api/audit?action=system.console.configMgr").body().path("items");
            assertTrue(entries.size() >= 1 && "admin".equals(entries.get(0).path("username").asText()), entries.toString());
        } finally {
            first.stop();
        }
        try (WfedServer.Running second = WfedServer.launch("wfed.jar", data, data, Map.of())) {
            // the same admin, with the second factor she enrolled at the first start
            SecondFactors.sameAs(second.url(), first.url());
            ApiClient admin = ApiClient.admin(second.url());
            JsonNode security = configuration(admin, "org.wfed.security");
            assertEquals("20", security.path("properties").path("sessionTimeout").asText(), String.valueOf(security));
            JsonNode file = configuration(admin, "org.wfed.example.greeting");
            assertEquals("你好", file.path("properties").path("greeting").asText(), String.valueOf(file));
            assertEquals("config/org.wfed.example.greeting.cfg.json", file.path("source").asText());
            JsonNode start = admin.get("/api/system/settings").body().path("start");
            assertTrue(start.toString().contains("\"environment\":\"WFED_PORT\""), start.toString());
            assertTrue(!start.toString().contains(WfedServer.ADMIN_PASSWORD), "a password is shown");
        }
    }
}
