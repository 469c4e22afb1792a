package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/** System admins' endpoints: wfed's bundles, OpenAPI reference, online backup; others are refused. */
class SystemTest {
    private static Api admin;

    @BeforeAll
    static void up() {
        Api.awaitUp();
        admin = Api.admin();
    }

    /** Derby's online backup folder; on PostgreSQL (the suite's second run) pg_dump's custom-format file. */
    @Test
    void onlineBackupWritesARestorableCopy() throws java.io.IOException {
        var answer = admin.post("system/backup", Map.of()).expect(200).body();
        String restoreFrom = answer.path("restoreFrom").asText();
        if (answer.path("method").asText().equals("pg_dump")) {
            byte[] head = java.nio.file.Files.readAllBytes(new File(restoreFrom).toPath());
            assertTrue(head.length > 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("PGDMP"), restoreFrom);
        } else {
            assertTrue(new File(restoreFrom, "service.properties").isFile(), restoreFrom);
        }
    }

    @Test
    void bundlesListCoreAndModules() {
        String bundles = admin.get("system/bundles").expect(200).body().toString();
        assertTrue(bundles.contains("org.wfed.core") && bundles.contains("org.wfed.elections"), bundles);
    }

    @Test
    void staffMayNotUseSystemEndpoints() {
        Api staff = admin.createUser(admin.unitId(), "STAFF");
        staff.post("system/backup", Map.of()).expect(403);
        staff.get("system/bundles").expect(403);
    }

    @Test
    void referenceDescribesTheRunningApiWithoutSignIn() {
        String paths = new Api().get("reference").expect(200).body().path("paths").toString();
        assertTrue(paths.contains("/api/people/{id}") && paths.contains("/api/auth/login"), paths);
    }
}
