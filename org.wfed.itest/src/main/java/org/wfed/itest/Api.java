package org.wfed.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A real HTTP client for in-framework tests: signs in like the console does (cookie + CSRF token)
 * and speaks JSON to {@code http://localhost:18080/api}.
 */
public final class Api {
    /** The port comes from the launch's {@code wfed.port} (the Maven property wfed.test.port). */
    public static final String BASE = "http://localhost:" + port() + "/api/";
    public static final String ADMIN_PASSWORD = "Wfed-Test-2026!";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String cookie;
    private String bearer;

    /** An Api that authenticates with an API token instead of a session. */
    public static Api bearer(String token) {
        Api api = new Api();
        api.bearer = token;
        return api;
    }

    private static String port() {
        org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(Api.class);
        String p = b == null ? null : b.getBundleContext().getProperty("wfed.port");
        return p == null ? "18080" : p;
    }
    private String csrf;

    /** The answer of one call. */
    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        public Reply expect(int expected) {
            assertEquals(expected, status, () -> "HTTP " + status + ": " + raw.body());
            return this;
        }

        public String code() {
            return body.path("code").asText();
        }
    }

    /** Waits until the server answers health with every given module, at most 60 s. */
    public static void awaitUp(String... modules) {
        long until = System.currentTimeMillis() + 60_000;
        String last = "";
        while (System.currentTimeMillis() < until) {
            try {
                Reply r = new Api().get("health");
                last = r.raw.body();
                boolean all = r.status == 200;
                for (String m : modules) {
                    all &= r.body.path("modules").toString().contains("\"" + m + "\"");
                }
                if (all) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e.toString();
            }
            sleep(200);
        }
        throw new AssertionError("wfed did not come up: " + last);
    }

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    /** A name no earlier run used, so tests do not trip over each other's leftovers. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.currentTimeMillis() % 10_000_000, 36) + COUNTER.incrementAndGet();
    }

    /** The value of this client's session cookie (null when signed in with a token or not at all). */
    public String sessionToken() {
        return cookie == null ? null : cookie.substring(cookie.indexOf('=') + 1);
    }

    /** Signs in with a second factor (a TOTP code or a recovery code) as well. */
    public Reply login(String username, String password, String code) {
        Reply r = send("POST", "auth/login", JSON.createObjectNode().put("username", username).put("password", password)
                .put("code", code).toString());
        if (r.status == 200) {
            csrf = r.body.path("csrfToken").asText();
            cookie = r.raw.headers().firstValue("Set-Cookie").map(s -> s.substring(0, s.indexOf(';'))).orElse(null);
        }
        return r;
    }

    /** The id of the signed-in user's unit. */
    public long unitId() {
        return get("auth/me").expect(200).body().path("unitId").asLong();
    }

    /** Creates a unit below {@code parentId} and answers its id. */
    public long createUnit(long parentId, String kind, String name) {
        return post("orgs", java.util.Map.of("parentId", parentId, "kind", kind, "name", name)).expect(201).body().path("id").asLong();
    }

    /** Creates a unit that has existed since {@code effective}. */
    public long createUnit(long parentId, String kind, String name, java.time.LocalDate effective) {
        return post("orgs", java.util.Map.of("parentId", parentId, "kind", kind, "name", name, "effective", effective.toString()))
                .expect(201).body().path("id").asLong();
    }

    /** Creates a user (the password satisfies the policy) and answers an Api signed in as her. */
    public Api createUser(long unitId, String role) {
        String username = unique("u");
        String password = "Secret-" + (System.nanoTime() % 100000) + "-Ok";
        post("users", java.util.Map.of("username", username, "displayName", "测试" + username, "unitId", unitId,
                "roles", java.util.List.of(role), "password", password)).expect(201);
        Api api = new Api();
        api.login(username, password).expect(200);
        return api;
    }

    /** A service of the running framework, for tests that look behind the HTTP API. */
    public static <T> T service(Class<T> type) {
        org.osgi.framework.BundleContext ctx = org.osgi.framework.FrameworkUtil.getBundle(Api.class).getBundleContext();
        org.osgi.framework.ServiceReference<T> ref = ctx.getServiceReference(type);
        if (ref == null) {
            throw new AssertionError("no service " + type.getName());
        }
        return ctx.getService(ref);
    }

    public static Api admin() {
        Api api = new Api();
        api.login("admin", ADMIN_PASSWORD).expect(200);
        return api;
    }

    public Reply login(String username, String password) {
        Reply r = send("POST", "auth/login", JSON.createObjectNode().put("username", username).put("password", password).toString());
        if (r.status == 200) {
            csrf = r.body.path("csrfToken").asText();
            Optional<String> set = r.raw.headers().firstValue("Set-Cookie");
            cookie = set.map(s -> s.substring(0, s.indexOf(';'))).orElse(null);
        }
        return r;
    }

    /** Signs in like {@link #login}, waiting out the sign-in throttle (429 with Retry-After) as often as it answers. */
    public Reply loginPatiently(String username, String password) {
        Reply r = login(username, password);
        for (int i = 0; i < 10 && r.status == 429; i++) {
            sleep(1000L * Long.parseLong(r.raw.headers().firstValue("Retry-After").orElse("1")));
            r = login(username, password);
        }
        return r;
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, json(body));
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, json(body));
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** A file the server answers (an export, a template): status, bytes and headers. */
    public record Download(int status, byte[] body, HttpResponse<byte[]> raw) {
        public Download expect(int expected) {
            if (status != expected) {
                throw new AssertionError("HTTP " + status + ": " + text());
            }
            return this;
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    /** GETs a file as bytes. */
    public Download download(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> raw = HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(raw.statusCode(), raw.body(), raw);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw text as the JSON body (for malformed-input tests). */
    public Reply postRaw(String path, String text) {
        return send("POST", path, text);
    }

    /** Forgets the CSRF token, to prove writes without it are refused. */
    public Api withoutCsrf() {
        csrf = null;
        return this;
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends any bytes with any content type (null: none) and extra headers, for malformed-input and header tests. */
    public Reply sendRaw(String method, String path, String contentType, byte[] body, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        if (!headers.containsKey("Accept")) {
            b.header("Accept", "application/json");
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> raw = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            // the whole application is being rebuilt (an earlier test changed a configuration or a module): the request
            // reached no resource at all, so it is sent again until the whiteboard serves the application
            for (long until = System.currentTimeMillis() + 30_000; rebuilding(raw) && System.currentTimeMillis() < until; ) {
                sleep(250);
                raw = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            }
            return new Reply(raw.statusCode(), raw.body().isBlank() ? JSON.nullNode() : parse(raw.body()), raw);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw bytes of an answer (exports: CSV, XLSX, DOCX), with its status. */
    public HttpResponse<byte[]> bytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** CXF's own answer while the JAX-RS whiteboard has no {@code wfed} application at {@code /api}. */
    private static boolean rebuilding(HttpResponse<String> raw) {
        return raw.statusCode() == 404 && raw.body().contains("No service was found");
    }

    public Reply send(String method, String path, String body) {
        return sendRaw(method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
