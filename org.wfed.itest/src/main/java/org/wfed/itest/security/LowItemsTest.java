package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/**
 * The pen test's low findings: security headers on the API and its print pages, the Secure cookie behind a
 * TLS proxy, stations and teams of the unit's own subtree, Jetty's own errors in the JSON shape, a timeout
 * that counts idle time only, and database files for their owner only.
 */
class LowItemsTest {
    private static World w;

    @BeforeAll
    static void up() {
        w = World.get();
    }

    @Test
    void answersAndPrintPagesCarrySecurityHeaders() {
        Api.Reply json = w.staffA.get("people?unitId=" + w.a).expect(200);
        assertEquals("nosniff", json.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", json.raw().headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", json.raw().headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", json.raw().headers().firstValue("Cache-Control").orElse(""));
        assertTrue(json.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        Api.Reply page = w.admin.sendRaw("GET", "reporting/export/summaries/" + w.ids.get("summaries") + ".html", null, null,
                Map.of("Accept", "text/html"));
        assertEquals(200, page.status(), page.raw().body());
        String csp = page.raw().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("script-src"), csp);
    }

    @Test
    void theSessionCookieIsSecureWhenATrustedProxySaysTheClientCameOverTls() throws Exception {
        String[] u = {Api.unique("tls"), "Tls-Pass-2026-Ok!"};
        w.admin.post("users", Map.of("username", u[0], "displayName", "TLS", "unitId", w.a, "roles", List.of("STAFF"),
                "password", u[1])).expect(201);
        byte[] body = ("{\"username\":\"" + u[0] + "\",\"password\":\"" + u[1] + "\"}").getBytes(StandardCharsets.UTF_8);
        // an untrusted client's claim to have come over TLS changes nothing
        String plain = new Api().sendRaw("POST", "auth/login", "application/json", body, Map.of("X-Forwarded-Proto", "https"))
                .expect(200).raw().headers().firstValue("Set-Cookie").orElse("");
        assertFalse(plain.contains("Secure"), plain);
        try (Settings s = Settings.security(Map.of("trustedProxies", "127.0.0.1"))) {
            s.await(() -> new Api().sendRaw("POST", "auth/login", "application/json", body, Map.of("X-Forwarded-Proto", "https"))
                    .raw().headers().firstValue("Set-Cookie").orElse("").contains("Secure"));
        }
    }

    @Test
    void anActivityNamesOnlyAStationAndAServiceOnlyATeamOfItsSubtree() {
        long foreignStation = w.admin.post("orgs/" + w.c + "/stations", Map.of("kind", "WOMEN_HOME", "name", "别处的妇女之家", "sixHave", 6))
                .expect(201).body().path("id").asLong();
        long foreignTeam = w.admin.post("orgs/" + w.c + "/teams", Map.of("name", "别处的志愿队", "members", 3)).expect(201).body().path("id").asLong();
        Api.Reply a = w.admin.post("activities/events", Map.of("unitId", w.a, "heldOn", java.time.LocalDate.now().toString(),
                "typeCode", "LECTURE", "theme", "借用", "stationId", foreignStation));
        assertEquals("stationId", a.expect(400).body().path("fields").get(0).path("field").asText());
        Api.Reply v = w.admin.post("activities/volunteer-services", Map.of("unitId", w.a, "servedOn", java.time.LocalDate.now().toString(),
                "teamId", foreignTeam, "teamName", "别处的志愿队", "content", "借用", "volunteers", 3, "hours", 6));
        assertEquals("teamId", v.expect(400).body().path("fields").get(0).path("field").asText());
    }

    @Test
    void requestsJettyRefusesItselfAnswerTheJsonShape() throws Exception {
        for (String line : List.of("GET /api/%2e%2e/etc HTTP/1.1", "GET /api/people%00 HTTP/1.1", "GET /console/..%2f..%2fetc HTTP/1.1")) {
            String answer = raw(line);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("Content-Type: application/json") && answer.contains("\"code\":\"BAD_REQUEST\"")
                    && !answer.contains("<html"), answer);
        }
    }

    private static String raw(String requestLine) throws Exception {
        int port = Integer.parseInt(Api.BASE.replaceAll(".*:(\\d+)/.*", "$1"));
        try (Socket s = new Socket("localhost", port)) {
            s.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theTimeoutCountsIdleTimeOnly() {
        Api clerk = w.admin.createUser(w.a, "STAFF");
        long id = clerk.get("auth/me").expect(200).body().path("userId").asLong();
        Database db = Api.service(Database.class);
        // signed in two hours ago and busy ever since (last request a minute ago): still in
        db.write(c -> Jdbc.update(c, "UPDATE core_session SET created_at = ?, last_seen = ? WHERE user_id = ?",
                Instant.now().minusSeconds(7200), Instant.now().minusSeconds(60), id));
        Api.sleep(2_100);
        clerk.get("auth/me").expect(200);
        // then 31 minutes without a request: out
        db.write(c -> Jdbc.update(c, "UPDATE core_session SET last_seen = ? WHERE user_id = ?", Instant.now().minusSeconds(31 * 60), id));
        Api.sleep(2_100);
        assertEquals(401, clerk.get("auth/me").status());
    }

    @Test
    void theDataFolderAndTheDatabaseFilesAreTheOwnersOnly() throws Exception {
        Path data = Path.of(org.osgi.framework.FrameworkUtil.getBundle(LowItemsTest.class).getBundleContext().getProperty("wfed.data"))
                .toAbsolutePath();
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE),
                Files.getPosixFilePermissions(data));
        // files Derby writes now (a backup's copy of the database), or pg_dump's on PostgreSQL, are the owner's only
        Path backup = Path.of(w.admin.post("system/backup", Map.of()).expect(200).body().path("restoreFrom").asText());
        assertTrue(Files.getPosixFilePermissions(backup.getParent()).stream().allMatch(p -> p.name().startsWith("OWNER")));
        Path props = Files.isDirectory(backup) ? backup.resolve("service.properties") : backup;
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(props);
        assertTrue(file.stream().allMatch(p -> p.name().startsWith("OWNER")), props + " " + file);
    }
}
