package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operations as an IT department meets them: web console behind wfed's login; backup and restore with its audit trail. */
class OperationsTest {

    private static int status(String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Derby's log goes with wfed's logs, not into the working folder. A stop signal (what a service manager
     * sends) stops every bundle and shuts the database down: Derby removes its lock file only then, and
     * without that the next start replays the transaction log.
     */
    @Test
    void theDatabaseLogsIntoTheDataFolderAndAStopSignalShutsItDownCleanly() throws Exception {
        Path work = Files.createTempDirectory("wfed-ops-work-");
        Path data = work.resolve("data");
        try (WfedServer.Running server = WfedServer.launch("wfed.jar", work, data, Map.of())) {
            assertTrue(Files.isRegularFile(data.resolve("logs/derby.log")), "no derby.log in <data>/logs");
            assertTrue(Files.notExists(work.resolve("derby.log")), "derby.log in the working folder");
            assertTrue(Files.exists(data.resolve("db/db.lck")), "a running database holds its lock file");
            server.stop();
            assertTrue(Files.notExists(data.resolve("db/db.lck")), "the database was not shut down: db.lck is left");
        }
    }

    @Test
    void webConsoleNeedsAWfedSystemAdminAndNoDefaultPassword() throws Exception {
        Path data = Files.createTempDirectory("wfed-ops-");
        try (WfedServer.Running server = WfedServer.launch("wfed.jar", data, data, Map.of())) {
            String console = server.url() + "/system/console/bundles";
            long until = System.currentTimeMillis() + 20_000;
            while (status(console, null) != 302 && System.currentTimeMillis() < until) {
                WfedServer.sleep(200); // the web console comes up a moment after the API
            }
            assertEquals(302, status(console, null));
            HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console))
                    .header("Authorization", "Basic YWRtaW46YWRtaW4=").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(basic.statusCode() == 302 || basic.statusCode() == 401, "admin/admin must not open the web console: " + basic.statusCode());
            ApiClient admin = ApiClient.admin(server.url());
            assertEquals(200, status(console, admin.cookie()));
            // what a system admin does in the web console is audited like any write of the API
            HttpResponse<String> action = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "/system/console/no-such-plugin")).header("Cookie", admin.cookie())
                    .POST(HttpRequest.BodyPublishers.ofString("action=nothing")).header("Content-Type", "application/x-www-form-urlencoded")
                    .build(), HttpResponse.BodyHandlers.ofString());
            String audit = admin.get("/api/audit?user=admin&action=system.console&size=20").raw().body();
            assertTrue(audit.contains("POST /system/console/no-such-plugin?action=nothing") && audit.contains("\"clientAddress\":\"127.0.0.1\"")
                    && audit.contains("HTTP " + action.statusCode()), audit);
            long top = admin.get("/api/auth/me").body().path("unitId").asLong();
            assertEquals(201, admin.post("/api/users", Map.of("username", "opsstaff", "displayName", "工作人员", "unitId", top,
                    "roles", java.util.List.of("STAFF"), "password", "Staff-Pass-2026!")).status());
            ApiClient staff = new ApiClient(server.url());
            ApiClient.Reply login = staff.post("/api/auth/login", Map.of("username", "opsstaff", "password", "Staff-Pass-2026!"));
            String cookie = login.raw().headers().firstValue("Set-Cookie").map(s -> s.substring(0, s.indexOf(';'))).orElseThrow();
            assertEquals(403, status(console, cookie));
        }
    }

    @Test
    void backupThenRestoreGivesTheDataAsAtTheBackup() throws Exception {
        Path data = Files.createTempDirectory("wfed-restore-");
        String backup;
        String afterId;
        WfedServer.Running first = WfedServer.launch("wfed.jar", data, data, Map.of());
        try {
            ApiClient api = ApiClient.admin(first.url());
            long top = api.get("/api/auth/me").body().path("unitId").asLong();
            assertEquals(201, api.post("/api/people", Map.of("unitId", top, "name", "备份前", "sex", "F", "birthDate", "1980-01-01")).status());
            backup = api.post("/api/system/backup", Map.of()).body().path("restoreFrom").asText();
            long after = api.post("/api/people", Map.of("unitId", top, "name", "备份后", "sex", "F", "birthDate", "1981-01-01")).body().path("id").asLong();
            assertTrue(after > 0);
            afterId = String.valueOf(after);
            assertEquals(2, api.get("/api/people").body().path("total").asInt());
        } finally {
            first.stop();
        }
        try (WfedServer.Running restored = WfedServer.launch("wfed.jar", data, data, Map.of("WFED_RESTORE_FROM", backup))) {
            // the backup's admin, with the second factor she enrolled on the first server
            SecondFactors.sameAs(restored.url(), first.url());
            ApiClient api = ApiClient.admin(restored.url());
            String people = api.get("/api/people").body().toString();
            assertTrue(people.contains("备份前"), people);
            assertTrue(!people.contains("备份后"), people);
            // the restore is audited, and what was done after the backup is kept beside the restored database
            JsonNode restoreEntry = api.get("/api/audit?action=system.restore").body().path("items");
            assertEquals(1, restoreEntry.size(), restoreEntry.toString());
            assertEquals("system", restoreEntry.get(0).path("username").asText());
            JsonNode restores = api.get("/api/system/restores").body();
            assertEquals(1, restores.size(), restores.toString());
            assertTrue(restores.get(0).path("entries").asInt() >= 1, restores.toString());
            JsonNode kept = api.get("/api/system/restores/audit?q=people.create").body();
            assertTrue(kept.toString().contains("\"recordId\":\"" + afterId + "\""), "the entry of the person created after the backup is lost: " + kept);
            assertEquals(1, kept.size(), "only the person created after the backup: " + kept);
        }
    }
}
