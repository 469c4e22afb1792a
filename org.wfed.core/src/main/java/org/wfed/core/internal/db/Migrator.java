package org.wfed.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
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
 * Applies versioned migrations {@code db/<owner>/V<n>__<what>.sql} from a bundle, each once and in
 * its own transaction, recording them in {@code core_schema_version}. Derby has no
 * {@code CREATE TABLE IF NOT EXISTS}, so the version table is created after a metadata check.
 */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private final Database db;

    Migrator(Database db) {
        this.db = db;
    }

    synchronized int migrate(String owner, Class<?> anchor) {
        ensureVersionTable();
        List<Script> scripts = scripts(owner, anchor);
        int current = db.read(c -> (int) Jdbc.number(c,
                "SELECT MAX(version) FROM core_schema_version WHERE owner = ?", owner));
        int known = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version;
        if (current > known) {
            throw tooNew(owner, current, known, anchor);
        }
        for (Script s : scripts) {
            if (s.version <= current) {
                continue;
            }
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(s.text)) {
                        st.execute(sql);
                    }
                }
                Jdbc.update(c, "INSERT INTO core_schema_version (owner, version, description, applied_at) VALUES (?, ?, ?, ?)",
                        owner, s.version, s.description, Instant.now());
                return null;
            });
            LOG.info("migrated {} to V{} ({})", owner, s.version, s.description);
            current = s.version;
        }
        return current;
    }

    /**
     * The database was migrated by a newer wfed (or a newer plugin): this code must not write to a schema it does
     * not know. For core and the deployment's modules the process ends ({@link Fatal}); a plugin only fails.
     */
    private static StartFailure tooNew(String owner, int current, int known, Class<?> anchor) {
        StartFailure f = new StartFailure(StartFailure.DATABASE_TOO_NEW,
                "数据库中“" + owner + "”的结构版本为 V" + current + "，本程序只支持到 V" + known
                        + "：数据库已被更新版本的 wfed 升级过，请运行该版本，或从升级前的备份恢复（见 docs/upgrading.md）",
                "the database's schema of '" + owner + "' is at V" + current + " but this wfed knows only up to V" + known
                        + ": a newer wfed upgraded it; run that version or restore the backup taken before the upgrade (docs/upgrading.md)");
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null || !PluginWatch.isPlugin(bundle)) {
            Fatal.exit(f);
        } else {
            LOG.error(f.line());
        }
        return f;
    }

    private void ensureVersionTable() {
        db.write(c -> {
            if (!tableExists(c, "CORE_SCHEMA_VERSION")) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE core_schema_version (owner VARCHAR(50) NOT NULL, version INT NOT NULL,"
                            + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (owner, version))");
                }
            }
            return null;
        });
    }

    static boolean tableExists(Connection c, String upperName) throws SQLException {
        try (var rs = c.getMetaData().getTables(null, null, upperName, null)) {
            return rs.next();
        }
    }

    private record Script(int version, String description, String text) {
    }

    private static List<Script> scripts(String owner, Class<?> anchor) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null) {
            throw new IllegalStateException("migrations need an OSGi bundle for " + anchor);
        }
        Enumeration<URL> entries = bundle.findEntries("db/" + owner, "V*.sql", false);
        List<Script> out = new ArrayList<>();
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("migration file name must be V<n>__<what>.sql: " + url);
            }
            out.add(new Script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), read(url)));
        }
        out.sort((a, b) -> Integer.compare(a.version, b.version));
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).version == out.get(i - 1).version) {
                throw new IllegalStateException("two migrations V" + out.get(i).version + " for " + owner);
            }
        }
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
