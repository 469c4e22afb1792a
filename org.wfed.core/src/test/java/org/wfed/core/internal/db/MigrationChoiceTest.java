package org.wfed.core.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationChoiceTest {
    private static final Map<String, String> FILES = Map.of(
            "V1__create_tree.sql", "CREATE TABLE t (path VARCHAR(10));",
            "V1__create_tree.postgresql.sql", "CREATE TABLE t (path VARCHAR(10) COLLATE \"C\");",
            "V2__add_index.sql", "CREATE INDEX t_path ON t (path);",
            "V10__drop_index.sql", "DROP INDEX t_path;");

    @Test
    void postgresqlTakesItsVariantAndDerbyThePlainFileInVersionOrder() {
        List<Migrator.Script> pg = Migrator.choose("x", FILES, Dialect.POSTGRES);
        List<Migrator.Script> derby = Migrator.choose("x", FILES, Dialect.DERBY);
        assertEquals(List.of(1, 2, 10), pg.stream().map(Migrator.Script::version).toList());
        assertEquals("postgresql", pg.get(0).variant());
        assertTrue(pg.get(0).text().contains("COLLATE"));
        assertEquals(null, derby.get(0).variant());
        assertEquals("create tree", derby.get(0).description());
        assertEquals(pg.get(1).checksum(), derby.get(1).checksum());
    }

    @Test
    void theChecksumIgnoresLineEndsButNotTheText() {
        Migrator.Script unix = new Migrator.Script(1, "a", null, "CREATE TABLE a (x INT);\nINSERT INTO a VALUES (1);\n");
        Migrator.Script windows = new Migrator.Script(1, "a", null, "CREATE TABLE a (x INT);\r\nINSERT INTO a VALUES (1);\r\n");
        Migrator.Script changed = new Migrator.Script(1, "a", null, "CREATE TABLE a (x INT);\nINSERT INTO a VALUES (2);\n");
        assertEquals(unix.checksum(), windows.checksum());
        assertTrue(!unix.checksum().equals(changed.checksum()));
        assertEquals(64, unix.checksum().length());
    }

    @Test
    void aVariantWithoutItsPlainFileOrTwoPlainFilesOfOneVersionAreRefused() {
        assertThrows(IllegalStateException.class, () -> Migrator.choose("x",
                Map.of("V3__only_pg.postgresql.sql", "SELECT 1;"), Dialect.POSTGRES));
        assertThrows(IllegalStateException.class, () -> Migrator.choose("x",
                Map.of("V3__one.sql", "SELECT 1;", "V3__two.sql", "SELECT 2;"), Dialect.DERBY));
        assertThrows(IllegalStateException.class, () -> Migrator.choose("x",
                Map.of("V3__x.oracle.sql", "SELECT 1;"), Dialect.DERBY));
    }
}
