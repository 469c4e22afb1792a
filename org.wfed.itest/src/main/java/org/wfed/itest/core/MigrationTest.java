package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/** Per-bundle versioned migrations on a fresh and on an existing database. */
class MigrationTest {
    private static Database db;

    @BeforeAll
    static void up() {
        Api.awaitUp();
        db = Api.service(Database.class);
    }

    @Test
    void coreSchemaIsRecordedInTheVersionTable() {
        List<Long> versions = db.read(c -> Jdbc.list(c, "SELECT version FROM core_schema_version WHERE owner = 'core'",
                rs -> rs.getLong(1)));
        java.util.Set<Long> recorded = new java.util.TreeSet<>(versions);
        long rows = (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_schema_version WHERE owner = 'core'"));
        // every migration core's bundle carries is applied once (a per-database variant is the same one); numbers
        // are reserved per issue, so one may be missing while another issue's branch has it
        org.osgi.framework.Bundle core = java.util.Arrays.stream(org.osgi.framework.FrameworkUtil.getBundle(MigrationTest.class)
                .getBundleContext().getBundles()).filter(b -> b.getSymbolicName().equals("org.wfed.core")).findFirst().orElseThrow();
        java.util.Set<Long> files = new java.util.TreeSet<>();
        for (java.net.URL u : java.util.Collections.list(core.findEntries("db/core", "V*.sql", false))) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("/V(\\d+)__[^/]*$").matcher(u.getPath());
            assertTrue(m.find(), u.getPath());
            files.add(Long.parseLong(m.group(1)));
        }
        assertEquals(files, recorded);
        assertEquals(files.size(), rows);
    }

    @Test
    void freshOwnerGetsEveryMigrationInOrderAndOnlyOnce() {
        assertEquals(2, db.migrate("itest_fresh", MigrationTest.class));
        assertEquals(2, db.migrate("itest_fresh", MigrationTest.class));
        assertEquals(1L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM itest_fresh WHERE note = 'from V2'")));
    }

    @Test
    void existingDatabaseGetsOnlyTheNewMigration() {
        db.write(c -> {
            if (Jdbc.number(c, "SELECT COUNT(*) FROM core_schema_version WHERE owner = 'itest_existing'") == 0) {
                // the state a database of the previous release is in: V1 applied earlier
                c.createStatement().execute("CREATE TABLE itest_existing (id INT NOT NULL PRIMARY KEY, label VARCHAR(20))");
                Jdbc.update(c, "INSERT INTO core_schema_version (owner, version, description, applied_at) VALUES ('itest_existing', 1, 'create table', CURRENT_TIMESTAMP)");
            }
            return null;
        });
        assertEquals(2, db.migrate("itest_existing", MigrationTest.class));
        assertEquals(1L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM itest_existing WHERE note = 'from V2'")));
        // V1, applied before checksums were kept, now has the checksum of its file; V2 got its own when it ran
        assertEquals(List.of(sha256("db/itest_existing/V1__create_table.sql"), sha256("db/itest_existing/V2__add_column.sql")),
                db.read(c -> Jdbc.list(c, "SELECT checksum FROM core_schema_version WHERE owner = 'itest_existing' ORDER BY version",
                        rs -> rs.getString(1))));
    }

    /**
     * Numbers are reserved for work landing in parallel: V3 may be applied before V2 lands. V2 then runs at the next
     * start, although a higher number is applied already, and nothing runs twice.
     */
    @Test
    void aLowerNumberArrivingAfterAHigherOneIsApplied() {
        db.write(c -> {
            if (Jdbc.number(c, "SELECT COUNT(*) FROM core_schema_version WHERE owner = 'itest_gap'") == 0) {
                // the state of a database that ran V1 and V3 before V2 existed
                c.createStatement().execute("CREATE TABLE itest_gap (id INT NOT NULL PRIMARY KEY, note VARCHAR(20))");
                Jdbc.update(c, "INSERT INTO itest_gap (id, note) VALUES (3, 'from V3')");
                for (String[] v : new String[][] {{"1", "create table", "V1__create_table.sql"}, {"3", "add row three", "V3__add_row_three.sql"}}) {
                    Jdbc.update(c, "INSERT INTO core_schema_version (owner, version, description, applied_at, checksum)"
                            + " VALUES ('itest_gap', ?, ?, CURRENT_TIMESTAMP, ?)", Integer.parseInt(v[0]), v[1], sha256("db/itest_gap/" + v[2]));
                }
            }
            return null;
        });
        assertEquals(3, db.migrate("itest_gap", MigrationTest.class));
        assertEquals(3, db.migrate("itest_gap", MigrationTest.class));
        assertEquals(List.of("from V2", "from V3"), db.read(c -> Jdbc.list(c, "SELECT note FROM itest_gap ORDER BY id", rs -> rs.getString(1))));
        assertEquals(List.of(1, 2, 3), db.read(c -> Jdbc.list(c,
                "SELECT version FROM core_schema_version WHERE owner = 'itest_gap' ORDER BY version", rs -> rs.getInt(1))));
    }

    /** A migration with a PostgreSQL variant: PostgreSQL takes the variant, Derby the plain file. */
    @Test
    void eachDatabaseTakesItsVariantOfAMigration() {
        assertEquals(1, db.migrate("itest_variant", MigrationTest.class));
        String product = db.read(c -> c.getMetaData().getDatabaseProductName());
        assertEquals(product.contains("PostgreSQL") ? "postgresql" : "plain",
                db.read(c -> Jdbc.one(c, "SELECT label FROM itest_variant", rs -> rs.getString(1)).orElseThrow()));
    }

    private static String sha256(String resource) {
        try (var in = MigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyModuleMigratedItsSchema() {
        for (String module : new String[] {"elections", "aid", "activities", "rights", "services", "reporting"}) {
            long v = db.read(c -> Jdbc.number(c, "SELECT MAX(version) FROM core_schema_version WHERE owner = ?", module));
            assertEquals(true, v >= 1, module + " has no schema");
        }
    }
}
