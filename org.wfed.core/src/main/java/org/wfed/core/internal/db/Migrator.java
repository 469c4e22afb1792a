package org.wfed.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.internal.boot.Fatal;
import org.wfed.core.internal.boot.StartFailure;
import org.wfed.core.internal.system.PluginWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned migrations {@code db/<owner>/V<n>__<what>.sql} from a bundle, each once and in its own
 * transaction, recording them with a checksum in {@code core_schema_version}. Where the SQL must differ, a
 * migration has a variant per database ({@code V<n>__<what>.postgresql.sql}, {@code V<n>__<what>.derby.sql}) that
 * is taken instead of the plain file. A migration that was applied and has changed since is refused (its checksum);
 * one applied before checksums were kept gets the checksum of the file it is now (once, on the first start).
 * Nodes starting together take turns (one lock of the database for set-up work), so each migration runs once.
 */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+?)(?:\\.(derby|postgresql))?\\.sql");
    static final String TABLE = "core_schema_version";
    static final String VERSION_TABLE_DDL = "CREATE TABLE " + TABLE + " (owner VARCHAR(50) NOT NULL, version INT NOT NULL,"
            + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL, checksum VARCHAR(64), PRIMARY KEY (owner, version))";

    private final Database db;
    private final Dialect dialect;
    private boolean tableChecked;

    Migrator(Database db, Dialect dialect) {
        this.db = db;
        this.dialect = dialect;
    }

    synchronized int migrate(String owner, Class<?> anchor) {
        ensureVersionTable();
        List<Script> scripts = scripts(owner, anchor, dialect);
        Map<Integer, String> applied = applied(owner);
        int current = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        int known = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version;
        if (current > known) {
            throw tooNew(owner, current, known, anchor);
        }
        checkSums(owner, anchor, scripts, applied);
        for (Script s : scripts) {
            // every script not applied yet, in order, also one numbered below the newest applied: numbers are
            // reserved for work landing in parallel, so a lower one may arrive after a higher one was applied
            if (applied.containsKey(s.version)) {
                continue;
            }
            boolean ran = db.write(c -> {
                // another node may have applied it while this one waited for the lock
                dialect.lockSetUp(c);
                if (Jdbc.number(c, "SELECT COUNT(*) FROM " + TABLE + " WHERE owner = ? AND version = ?", owner, s.version) > 0) {
                    return false;
                }
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(s.text)) {
                        st.execute(sql);
                    }
                }
                Jdbc.update(c, "INSERT INTO " + TABLE + " (owner, version, description, applied_at, checksum) VALUES (?, ?, ?, ?, ?)",
                        owner, s.version, s.description, Instant.now(), s.checksum());
                return true;
            });
            if (ran) {
                LOG.info("migrated {} to V{} ({}{})", owner, s.version, s.description, s.variant == null ? "" : ", " + s.variant);
            } else {
                LOG.info("{} V{} was migrated by another node", owner, s.version);
            }
            current = Math.max(current, s.version);
        }
        return current;
    }

    /** The owner's applied versions with their checksums (null for those applied before checksums were kept). */
    private Map<Integer, String> applied(String owner) {
        Map<Integer, String> out = new HashMap<>();
        db.read(c -> Jdbc.list(c, "SELECT version, checksum FROM " + TABLE + " WHERE owner = ?",
                rs -> out.put(rs.getInt(1), rs.getString(2)), owner));
        return out;
    }

    /** Refuses a changed migration; gives those applied before checksums were kept the checksum of their file. */
    private void checkSums(String owner, Class<?> anchor, List<Script> scripts, Map<Integer, String> applied) {
        for (Script s : scripts) {
            if (!applied.containsKey(s.version)) {
                continue;
            }
            String recorded = applied.get(s.version);
            if (recorded == null) {
                db.write(c -> Jdbc.update(c, "UPDATE " + TABLE + " SET checksum = ? WHERE owner = ? AND version = ? AND checksum IS NULL",
                        s.checksum(), owner, s.version));
                LOG.info("{} V{}: checksum recorded for a migration applied before checksums were kept", owner, s.version);
            } else if (!recorded.equals(s.checksum())) {
                throw changed(owner, s, anchor);
            }
        }
    }

    private static StartFailure changed(String owner, Script s, Class<?> anchor) {
        StartFailure f = new StartFailure(StartFailure.MIGRATION_CHANGED,
                "“" + owner + "”的数据库迁移 V" + s.version + "（" + s.description + "）在应用到数据库之后被修改过，本程序拒绝使用该数据库：请运行与数据库一致的 wfed 版本（见 docs/upgrading.md）",
                "migration V" + s.version + " (" + s.description + ") of '" + owner + "' was changed after the database applied it;"
                        + " run the wfed build that matches the database (docs/upgrading.md)");
        return end(f, anchor);
    }

    /**
     * The database was migrated by a newer wfed (or a newer plugin): this code must not write to a schema it does
     * not know.
     */
    private static StartFailure tooNew(String owner, int current, int known, Class<?> anchor) {
        StartFailure f = new StartFailure(StartFailure.DATABASE_TOO_NEW,
                "数据库中“" + owner + "”的结构版本为 V" + current + "，本程序只支持到 V" + known
                        + "：数据库已被更新版本的 wfed 升级过，请运行该版本，或从升级前的备份恢复（见 docs/upgrading.md）",
                "the database's schema of '" + owner + "' is at V" + current + " but this wfed knows only up to V" + known
                        + ": a newer wfed upgraded it; run that version or restore the backup taken before the upgrade (docs/upgrading.md)");
        return end(f, anchor);
    }

    /** For core and the deployment's modules the process ends ({@link Fatal}); a plugin only fails. */
    private static StartFailure end(StartFailure f, Class<?> anchor) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null || !PluginWatch.isPlugin(bundle)) {
            Fatal.exit(f);
        } else {
            LOG.error(f.line());
        }
        return f;
    }

    /** Creates the version table, or adds the checksum column to one of a wfed from before checksums. */
    private void ensureVersionTable() {
        if (tableChecked) {
            return;
        }
        db.write(c -> {
            dialect.lockSetUp(c);
            try (Statement st = c.createStatement()) {
                if (!Dialect.tableExists(c, TABLE)) {
                    st.execute(VERSION_TABLE_DDL);
                } else if (!Dialect.columnExists(c, TABLE, "checksum")) {
                    st.execute("ALTER TABLE " + TABLE + " ADD COLUMN checksum VARCHAR(64)");
                }
            }
            return null;
        });
        tableChecked = true;
    }

    /** One migration as this database takes it: the variant for its dialect where there is one. */
    record Script(int version, String description, String variant, String text) {
        /** SHA-256 of the text with its line ends made {@code \n}, so that a checkout's line ends change nothing. */
        String checksum() {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(d);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The owner's migrations in the bundle, in order, each the dialect's variant where it has one. */
    static List<Script> scripts(String owner, Class<?> anchor, Dialect dialect) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null) {
            throw new IllegalStateException("migrations need an OSGi bundle for " + anchor);
        }
        return choose(owner, files(bundle, owner), dialect);
    }

    /** The owner's migration files in the bundle, by file name; empty if it has none. */
    static Map<String, String> files(Bundle bundle, String owner) {
        Enumeration<URL> entries = bundle.findEntries("db/" + owner, "V*.sql", false);
        Map<String, String> files = new HashMap<>();
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            files.put(url.getPath().substring(url.getPath().lastIndexOf('/') + 1), read(url));
        }
        return files;
    }

    /** From file names and texts: per version the plain script, or the dialect's variant instead; in order. */
    static List<Script> choose(String owner, Map<String, String> files, Dialect dialect) {
        Map<Integer, Script> plain = new TreeMap<>();
        Map<Integer, Script> variants = new HashMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Matcher m = NAME.matcher(f.getKey());
            if (!m.matches()) {
                throw new IllegalStateException("migration file name must be V<n>__<what>.sql or V<n>__<what>.<derby|postgresql>.sql: "
                        + owner + "/" + f.getKey());
            }
            int version = Integer.parseInt(m.group(1));
            String variant = m.group(3);
            Script s = new Script(version, m.group(2).replace('_', ' '), variant, f.getValue());
            if (variant == null) {
                if (plain.put(version, s) != null) {
                    throw new IllegalStateException("two migrations V" + version + " for " + owner);
                }
            } else if (variant.equals(dialect.name())) {
                variants.put(version, s);
            }
        }
        for (Integer v : variants.keySet()) {
            if (!plain.containsKey(v)) {
                throw new IllegalStateException("migration V" + v + " of " + owner + " has a " + dialect.name()
                        + " variant but no plain file: every database needs it");
            }
        }
        List<Script> out = new ArrayList<>();
        plain.forEach((v, s) -> out.add(variants.getOrDefault(v, s)));
        return out;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        }
    }

    /** Splits a script at semicolons ending a line; drops {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        return out;
    }
}
