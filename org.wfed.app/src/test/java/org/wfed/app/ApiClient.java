package org.wfed.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** JSON over HTTP to a wfed process, signed in like the console (session cookie + CSRF token). */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String cookie;
    private String csrf;

    /** An answer: status and parsed body (a text node when the body is not JSON). */
    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    ApiClient(String base) {
        this.base = base;
    }

    /**
     * The admin, signed in: with her second factor (the jar requires one for system admins), enrolling it
     * through the API at the first sign-in on this server (see {@link SecondFactors}).
     */
    /**
     * A staff account a test made ({@link Clerks}), signed in: with a second factor when its permissions ask for one
     * (a unit admin's {@code rights.reveal}), enrolled through the API at its first sign-in.
     */
    static ApiClient staff(String base, String username) {
        return signedIn(base, username, Clerks.PASSWORD, SecondFactors.of(base, username));
    }

    /** Signs in; keeps the session cookie and the CSRF token. */
    private Reply login(Map<String, Object> credentials) {
        Reply r = post("/api/auth/login", credentials);
        if (r.status() != 200) {
            throw new AssertionError(credentials.get("username") + " could not sign in: " + r.raw().body());
        }
        csrf = r.body().path("csrfToken").asText();
        cookie = r.raw().headers().firstValue("Set-Cookie").map(s -> s.substring(0, s.indexOf(';'))).orElseThrow();
        return r;
    }

    /**
     * The admin's recovery codes renewed: signs in with one, renews them with another (both used up), signs out;
     * answers the ten new ones (see {@link SecondFactors#next}).
     */
    static List<String> renewedRecoveryCodes(String base, String signInCode, String renewCode) {
        ApiClient c = new ApiClient(base);
        c.login(Map.of("username", "admin", "password", WfedServer.ADMIN_PASSWORD, "code", signInCode));
        Reply renewed = c.post("/api/auth/2fa/recovery-codes", Map.of("code", renewCode));
        if (renewed.status() != 200) {
            throw new AssertionError("recovery codes not renewed: " + renewed.raw().body());
        }
        List<String> codes = new java.util.ArrayList<>();
        renewed.body().path("recoveryCodes").forEach(n -> codes.add(n.asText()));
        c.post("/api/auth/logout", Map.of());
        return codes;
    }

    static ApiClient admin(String base) {
        return signedIn(base, "admin", WfedServer.ADMIN_PASSWORD, base);
    }

    /** Signs in with the second factor kept under {@code key} (see {@link SecondFactors}), enrolling it when asked. */
    private static ApiClient signedIn(String base, String username, String password, String key) {
        ApiClient c = new ApiClient(base);
        Map<String, Object> credentials = new java.util.HashMap<>(Map.of("username", username, "password", password));
        if (SecondFactors.known(key)) {
            credentials.put("code", SecondFactors.next(key));
        }
        Reply r = c.login(credentials);
        if (r.body().path("mustEnrol").asBoolean()) {
            String secret = c.post("/api/auth/2fa/start", Map.of()).body().path("secret").asText();
            long step = SecondFactors.step();
            Reply confirmed = c.post("/api/auth/2fa/confirm", Map.of("code", SecondFactors.code(secret, step)));
            if (confirmed.status() != 200) {
                throw new AssertionError("two-factor enrolment failed: " + confirmed.raw().body());
            }
            List<String> codes = new java.util.ArrayList<>();
            confirmed.body().path("recoveryCodes").forEach(n -> codes.add(n.asText()));
            SecondFactors.enrolled(key, secret, codes, step);
        }
        return c;
    }

    String cookie() {
        return cookie;
    }

    String csrf() {
        return csrf;
    }

    /** The same session (cookie and CSRF token) sent to another wfed node. */
    ApiClient on(String otherBase) {
        ApiClient c = new ApiClient(otherBase);
        c.cookie = cookie;
        c.csrf = csrf;
        return c;
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, Object body) {
        try {
            return send("POST", path, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Reply send(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> raw = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node;
            try {
                node = raw.body().isBlank() ? JSON.nullNode() : JSON.readTree(raw.body());
            } catch (IOException e) {
                node = JSON.getNodeFactory().textNode(raw.body());
            }
            return new Reply(raw.statusCode(), node, raw);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * GETs the path until it answers the status, at most 15 s: while a plugin comes or goes, the JAX-RS
     * whiteboard rebuilds the application and answers 404 for a moment.
     */
    Reply awaitStatus(String path, int status) {
        long until = System.currentTimeMillis() + 15_000;
        Reply r = get(path);
        while (r.status() != status && System.currentTimeMillis() < until) {
            WfedServer.sleep(200);
            r = get(path);
        }
        return r;
    }

    /** Polls health until its module list does (or does not) contain the id, at most 30 s. */
    void awaitModule(String id, boolean present) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            boolean has = get("/api/health").body().path("modules").toString().contains("\"" + id + "\"");
            if (has == present) {
                return;
            }
            WfedServer.sleep(200);
        }
        throw new AssertionError("module " + id + (present ? " did not appear" : " did not go away") + ": " + get("/api/health").body());
    }
}
