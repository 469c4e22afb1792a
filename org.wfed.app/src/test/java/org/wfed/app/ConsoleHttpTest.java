package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/** What the console servlet and the menu API answer over plain HTTP: types, headers, no escapes. */
@ExtendWith(WfedServer.class)
class ConsoleHttpTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(WfedServer.url() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rootRedirectsToTheConsole() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/console/"));
    }

    @Test
    void shellIsServedWithStrictSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("/console/");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
                r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(r.body().contains("<script type=\"module\" src=\"app.js\">"));
        assertTrue(!r.body().contains("style="), "no inline styles");
    }

    @Test
    void scriptsAndStylesHaveTheirTypesAndRevalidate() throws Exception {
        HttpResponse<String> js = get("/console/app.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals("no-cache", js.headers().firstValue("Cache-Control").orElse(""));
        String etag = js.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/console/app.js", "If-None-Match", etag).statusCode());
        assertTrue(get("/console/app.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(get("/console/favicon.svg").headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    }

    @Test
    void pageScriptsComeFromTheRegisteringBundleAndNothingElse() throws Exception {
        HttpResponse<String> page = get("/console/modules/org-tree/org-tree.js");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("export async function render"));
        assertEquals(404, get("/console/modules/no-such-page/no-such-page.js").statusCode());
        assertEquals(404, get("/console/modules/org-tree/missing.js").statusCode());
        assertEquals(404, get("/console/modules/org-tree/").statusCode());
        // climbing out of the page folder never reaches other files
        for (String attempt : new String[] {"/console/modules/org-tree/..%2Fapp.js", "/console/modules/org-tree/%2e%2e/app.js",
                "/console/modules/org-tree/.%2E/.%2E/db/core/V1__create_org_tree.sql", "/console/..%2Fdb/core/V1__create_org_tree.sql",
                "/console/modules/org-tree/..%5Capp.js"}) {
            HttpResponse<String> r = get(attempt);
            assertNotEquals(200, r.statusCode(), attempt);
            assertTrue(!r.body().contains("CREATE TABLE") && !r.body().contains("function"), attempt);
        }
        assertEquals(404, get("/console/no-such-file.js").statusCode());
        assertEquals(404, get("/no-such-thing").statusCode());
    }

    @Test
    void menuNeedsSignInAndListsCorePagesInOrder() throws Exception {
        assertEquals(401, get("/api/console/menu").statusCode());
        String cookie = ApiClient.admin(WfedServer.url()).cookie();
        String menu = get("/api/console/menu", "Cookie", cookie).body();
        assertTrue(menu.contains("\"script\":\"/console/modules/org-tree/org-tree.js\""), menu);
        Matcher ids = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(menu);
        StringBuilder order = new StringBuilder();
        while (ids.find()) {
            order.append(ids.group(1)).append(' ');
        }
        String seen = order.toString();
        assertTrue(seen.indexOf("org-tree") < seen.indexOf("people") && seen.indexOf("people") < seen.indexOf("users")
                && seen.indexOf("users") < seen.indexOf("audit"), seen);
        String modules = get("/api/console/modules", "Cookie", cookie).body();
        assertTrue(modules.startsWith("[{\"id\":\"core\""), modules);
    }

    @Test
    void staffSeeOnlyThePagesTheirPermissionsOpen() throws Exception {
        ApiClient adminApi = ApiClient.admin(WfedServer.url());
        Session admin = new Session(http, adminApi.cookie(), adminApi.csrf(), new Json().toType(adminApi.get("/api/auth/me").raw().body(),
                Json.MAP_TYPE));
        String unitId = String.valueOf(((Number) admin.me().get("unitId")).longValue());
        String username = "staff" + System.currentTimeMillis() % 100000;
        HttpResponse<String> created = admin.post("users", "{\"username\":\"" + username + "\",\"displayName\":\"工作人员甲\","
                + "\"unitId\":" + unitId + ",\"roles\":[\"STAFF\"],\"password\":\"Staff-Pass-2026!\"}");
        assertEquals(201, created.statusCode(), created.body());

        Session staff = Session.signIn(http, username, "Staff-Pass-2026!");
        List<Map<String, Object>> menu = new Json().toType(staff.get("console/menu").body(), Json.LIST_OF_MAPS_TYPE);
        List<Object> ids = menu.stream().map(m -> m.get("id")).toList();
        assertTrue(ids.containsAll(List.of("org-tree", "people", "account")), ids.toString());
        for (String adminPage : List.of("users", "audit", "maintenance")) {
            assertTrue(!ids.contains(adminPage), adminPage + " is not for staff: " + ids);
        }
    }

    /** A signed-in HTTP session: the cookie and the CSRF token of one login. */
    record Session(HttpClient http, String cookie, String csrf, Map<String, Object> me) {
        static Session signIn(HttpClient http, String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(WfedServer.url() + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            Map<String, Object> me = new Json().toType(login.body(), Json.MAP_TYPE);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            return new Session(http, cookie, (String) me.get("csrfToken"), me);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(WfedServer.url() + "/api/" + path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(WfedServer.url() + "/api/" + path)).header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
