package org.wfed.core.internal.db;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.internal.FileTrees;
import org.wfed.core.internal.boot.StartFailure;

/**
 * Moves a district from embedded Derby to an empty PostgreSQL database ({@code WFED_MOVE_FROM=<old data folder>}),
 * before anything else runs on PostgreSQL: in one PostgreSQL transaction it builds every module's schema at exactly
 * the versions the Derby database has, copies every row of every table in foreign-key order, sets each identity
 * counter where Derby's stood, checks the row count and checksum of every table and records the move
 * ({@code core_setting} {@code moved.from}); the uploaded files of the old data folder go to {@code WFED_FILES}.
 * Anything wrong (a database that is not empty, a module on one side only, a migration of another build, a row
 * that does not fit) rolls everything back, removes the copied files and ends the process with the reason.
 */
final class DerbyMove {
    private static final Logger LOG = LoggerFactory.getLogger(DerbyMove.class);
    static final String SETTING = "moved.from";

    private final BundleContext context;
    private final DataSourceFactory derby;
    private final DataSource postgres;
    private final File from;
    private final File dataFolder;
    private final Path files;
    private boolean derbyOpened;

    /** What a move did, for the log and the audit entry. */
    record Summary(File from, int tables, long rows, long files, long millis, Map<String, Long> perTable) {
        String line() {
            return "moved from Derby " + from + ": " + tables + " tables, " + rows + " rows, " + files + " files in " + millis + " ms";
        }
    }

    DerbyMove(BundleContext context, DataSourceFactory derby, DataSource postgres, File from, File dataFolder, Path files) {
        this.context = context;
        this.derby = derby;
        this.postgres = postgres;
        this.from = from.getAbsoluteFile();
        this.dataFolder = dataFolder;
        this.files = files;
    }

    /**
     * The old folder says where its data went ({@link MovedAway}): a Derby start on it refuses, so that no work goes
     * into the copy left behind. The move has committed: a folder that cannot take the note is only warned about.
     */
    private void markMoved() {
        try {
            MovedAway.mark(from, postgresUrl());
        } catch (IOException e) {
            LOG.warn("the old data folder {} could not be marked as moved ({}): do not start a Derby wfed on it again", from, e.toString());
        }
    }

    private String postgresUrl() {
        try (Connection c = postgres.getConnection()) {
            return c.getMetaData().getURL().replaceAll("(?i)(password=)[^&;]*", "$1******");
        } catch (SQLException e) {
            return "PostgreSQL";
        }
    }

    Summary run() {
        long start = System.nanoTime();
        if (derby == null) {
            throw refused("本部署没有 Derby 驱动，无法读取旧数据库", "this deployment has no Derby driver to read the old database");
        }
        if (!new File(from, "db/service.properties").isFile()) {
            throw refused("WFED_MOVE_FROM=" + from + " 不是 wfed 的数据目录（其中没有 db 数据库文件夹）",
                    "WFED_MOVE_FROM=" + from + " is not a wfed data folder (it has no db folder with a Derby database)");
        }
        FileLock lock = lockOldFolder();
        String derbyUrl = "jdbc:derby:" + new File(from, "db").getPath();
        List<Path> copied = new ArrayList<>();
        try (Connection pg = postgres.getConnection()) {
            pg.setAutoCommit(false);
            // nodes starting meanwhile wait (their migrations take the same lock) and find the moved database
            Dialect.POSTGRES.lockSetUp(pg);
            checkEmpty(pg);
            Map<String, Long> perTable;
            long fileCount;
            try (Connection d = openDerby(derbyUrl)) {
                try {
                    List<Applied> applied = applied(d);
                    Map<String, List<Migrator.Script>> schema = schema(applied);
                    fileCount = copyFiles(copied);
                    perTable = copy(d, pg, applied, schema);
                } finally {
                    // the read-only transaction keeps nothing, and Derby closes no connection inside one
                    d.rollback();
                }
            } catch (SQLException | RuntimeException | IOException e) {
                pg.rollback();
                throw e;
            }
            // last: whatever failed before leaves PostgreSQL as it was
            pg.commit();
            long rows = perTable.values().stream().mapToLong(Long::longValue).sum();
            Summary s = new Summary(from, perTable.size(), rows, fileCount, (System.nanoTime() - start) / 1_000_000, perTable);
            perTable.forEach((t, n) -> LOG.info("moved {}: {} rows", t, n));
            LOG.warn(s.line());
            markMoved();
            return s;
        } catch (StartFailure f) {
            undoFiles(copied);
            throw f;
        } catch (SQLException | RuntimeException | IOException e) {
            undoFiles(copied);
            throw refused("迁移失败，PostgreSQL 数据库未作任何改动：" + e.getMessage(),
                    "the move failed and left the PostgreSQL database unchanged: " + e.getMessage(), e);
        } finally {
            if (derbyOpened) {
                DerbyShutdown.now(derby, derbyUrl);
            }
            release(lock);
        }
    }

    /** The old wfed must be stopped: its data folder's lock is free (or it is this node's own folder, locked by this process). */
    private FileLock lockOldFolder() {
        if (sameFolder(from, dataFolder)) {
            return null;
        }
        try {
            FileChannel ch = FileChannel.open(new File(from, "wfed.lock").toPath(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new StartFailure(StartFailure.DATA_FOLDER_IN_USE,
                        "旧数据目录 " + from + " 仍被一个运行中的 wfed 使用：请先停止它再迁移（WFED_MOVE_FROM）",
                        "the old data folder " + from + " is still in use by a running wfed: stop it before the move (WFED_MOVE_FROM)");
            }
            return l;
        } catch (IOException e) {
            throw refused("无法锁定旧数据目录 " + from + "：" + e.getMessage(), "cannot lock the old data folder " + from + ": " + e.getMessage(), e);
        }
    }

    private static void release(FileLock lock) {
        if (lock != null) {
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    private static boolean sameFolder(File a, File b) {
        try {
            return a.getCanonicalFile().equals(b.getCanonicalFile());
        } catch (IOException e) {
            return a.getAbsoluteFile().equals(b.getAbsoluteFile());
        }
    }

    /** A move goes into an empty database only: once it holds tables, a move never runs on it again. */
    private void checkEmpty(Connection pg) throws SQLException {
        List<String> tables = pgTables(pg);
        if (tables.isEmpty()) {
            return;
        }
        String moved = null;
        if (tables.contains("core_setting")) {
            try (PreparedStatement ps = pg.prepareStatement("SELECT value FROM core_setting WHERE name = ?")) {
                ps.setString(1, SETTING);
                try (ResultSet rs = ps.executeQuery()) {
                    moved = rs.next() ? rs.getString(1) : null;
                }
            }
            pg.rollback();
        }
        if (moved != null) {
            throw refused("该 PostgreSQL 数据库已于此前从 Derby 迁移完成（" + moved + "），不再重复迁移：请去掉 WFED_MOVE_FROM 后启动",
                    "this PostgreSQL database was moved from Derby already (" + moved + ") and a move never runs twice: start without WFED_MOVE_FROM");
        }
        throw refused("目标 PostgreSQL 数据库不是空的（已有 " + tables.size() + " 张表），迁移只写入空数据库：请新建一个空数据库（见 docs/scaling.md）",
                "the target PostgreSQL database is not empty (" + tables.size() + " tables): a move goes into an empty database only (docs/scaling.md)");
    }

    private Connection openDerby(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, url);
        Connection c = derby.createDataSource(p).getConnection();
        derbyOpened = true;
        // nothing of the old database changes: every read in one read-only transaction
        c.setReadOnly(true);
        c.setAutoCommit(false);
        return c;
    }

    /** A migration the Derby database applied. */
    record Applied(String owner, int version, String description, Timestamp appliedAt, String checksum) {
    }

    private static List<Applied> applied(Connection d) throws SQLException {
        List<Applied> out = new ArrayList<>();
        try (Statement st = d.createStatement();
             ResultSet rs = st.executeQuery("SELECT owner, version, description, applied_at, checksum FROM " + Migrator.TABLE
                     + " ORDER BY owner, version")) {
            while (rs.next()) {
                out.add(new Applied(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5)));
            }
        }
        return out;
    }

    /**
     * Per owner (core first), this wfed's PostgreSQL scripts of exactly the versions the Derby database applied,
     * after checking that Derby applied this build's own Derby scripts.
     */
    private Map<String, List<Migrator.Script>> schema(List<Applied> applied) {
        Map<String, List<Applied>> byOwner = new TreeMap<>();
        applied.forEach(a -> byOwner.computeIfAbsent(a.owner(), k -> new ArrayList<>()).add(a));
        Map<String, List<Migrator.Script>> out = new LinkedHashMap<>();
        List<String> owners = new ArrayList<>(byOwner.keySet());
        if (owners.remove("core")) {
            owners.add(0, "core");
        }
        for (String owner : owners) {
            Map<String, String> texts = migrationFiles(owner);
            if (texts.isEmpty()) {
                throw refused("旧数据库中有模块或插件“" + owner + "”，本 wfed 中没有：请把同一个插件放入 plugins/ 后再迁移",
                        "the old database has the module or plugin '" + owner + "' that this wfed lacks: put the same plugin into plugins/ and move again");
            }
            Map<Integer, Migrator.Script> mine = new HashMap<>();
            Migrator.choose(owner, texts, Dialect.DERBY).forEach(s -> mine.put(s.version(), s));
            Map<Integer, Migrator.Script> pg = new HashMap<>();
            Migrator.choose(owner, texts, Dialect.POSTGRES).forEach(s -> pg.put(s.version(), s));
            List<Migrator.Script> scripts = new ArrayList<>();
            for (Applied a : byOwner.get(owner)) {
                Migrator.Script s = mine.get(a.version());
                if (s == null) {
                    throw refused("旧数据库中“" + owner + "”的结构版本 V" + a.version() + " 比本 wfed 新：请用与旧数据库相同或更新的 wfed 迁移",
                            "the old database's '" + owner + "' has V" + a.version() + ", newer than this wfed: move with the same or a newer wfed");
                }
                if (a.checksum() != null && !a.checksum().equals(s.checksum())) {
                    throw refused("旧数据库中“" + owner + "”的迁移 V" + a.version() + " 与本 wfed 的不同（校验和不符）：请用与旧数据库一致的 wfed 版本迁移",
                            "the old database's migration V" + a.version() + " of '" + owner + "' differs from this wfed's (checksum): move with the matching wfed build");
                }
                scripts.add(pg.get(a.version()));
            }
            out.put(owner, scripts);
        }
        return out;
    }

    /** The migration files of an owner: from the installed bundle that holds them, else from a plugin jar not yet installed. */
    private Map<String, String> migrationFiles(String owner) {
        for (Bundle b : context.getBundles()) {
            Map<String, String> in = Migrator.files(b, owner);
            if (!in.isEmpty()) {
                return in;
            }
        }
        Map<String, String> out = new HashMap<>();
        String plugins = org.wfed.core.internal.Settings.get(context, null, "plugins", new File(dataFolder, "plugins").getPath());
        File[] jars = new File(plugins).listFiles((dir, name) -> name.endsWith(".jar"));
        for (File jar : jars == null ? new File[0] : jars) {
            try (ZipFile z = new ZipFile(jar)) {
                String prefix = "db/" + owner + "/";
                for (ZipEntry e : Collections.list(z.entries())) {
                    String name = e.getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && name.endsWith(".sql")) {
                        try (InputStream in = z.getInputStream(e)) {
                            out.put(name.substring(prefix.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (IOException e) {
                LOG.warn("cannot read plugin {}: {}", jar, e.getMessage());
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    /**
     * The uploaded files of the old data folder ({@code <old>/files}: photos, receipt scans, the field-change log's
     * key) into {@code WFED_FILES}, which must be empty; nothing to do when it is that very folder.
     */
    private long copyFiles(List<Path> copied) throws IOException {
        Path old = new File(from, "files").toPath();
        if (!Files.isDirectory(old) || sameFolder(old.toFile(), files.toFile())) {
            return Files.isDirectory(old) ? count(old) : 0;
        }
        if (Files.isDirectory(files)) {
            try (Stream<Path> s = Files.list(files)) {
                if (s.findAny().isPresent()) {
                    throw refused("WFED_FILES（" + files + "）不是空目录：迁移要把旧数据目录的文件（照片、签收单、密钥）放进一个空目录",
                            "WFED_FILES (" + files + ") is not empty: the move puts the old data folder's files (photos, receipts, keys) into an empty folder");
                }
            }
        }
        Files.createDirectories(files);
        try (Stream<Path> s = Files.list(old)) {
            for (Path p : s.toList()) {
                copied.add(files.resolve(p.getFileName().toString()));
            }
        }
        // with their owner-only permissions: the field-change log's key is among them
        FileTrees.copy(old, files);
        return count(files);
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static void undoFiles(List<Path> copied) {
        for (Path p : copied) {
            try {
                FileTrees.delete(p);
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not remove {} copied by the failed move: {}", p, e.getMessage());
            }
        }
    }

    /** Builds the schema, copies every table, sets the counters and checks every table, all in the open transaction. */
    private Map<String, Long> copy(Connection d, Connection pg, List<Applied> applied, Map<String, List<Migrator.Script>> schema)
            throws SQLException {
        try (Statement st = pg.createStatement()) {
            st.execute(Migrator.VERSION_TABLE_DDL);
            for (List<Migrator.Script> scripts : schema.values()) {
                for (Migrator.Script s : scripts) {
                    for (String sql : Migrator.statements(s.text())) {
                        st.execute(sql);
                    }
                }
            }
        }
        List<String> tables = new ArrayList<>(pgTables(pg));
        tables.remove(Migrator.TABLE);
        Set<String> derbyTables = derbyTables(d);
        derbyTables.remove(Migrator.TABLE);
        if (!derbyTables.equals(new TreeSet<>(tables))) {
            Set<String> onlyDerby = new TreeSet<>(derbyTables);
            onlyDerby.removeAll(tables);
            Set<String> onlyPg = new TreeSet<>(tables);
            onlyPg.removeAll(derbyTables);
            throw new IllegalStateException("the tables differ: only in Derby " + onlyDerby + ", only in PostgreSQL " + onlyPg);
        }
        if (!tables.isEmpty()) {
            // rows the migrations wrote (reference data) come again with Derby's rows, as they are now
            try (Statement st = pg.createStatement()) {
                st.execute("TRUNCATE " + String.join(", ", tables));
            }
        }
        try (PreparedStatement ps = pg.prepareStatement("INSERT INTO " + Migrator.TABLE
                + " (owner, version, description, applied_at, checksum) VALUES (?, ?, ?, ?, ?)")) {
            for (Applied a : applied) {
                Migrator.Script s = schema.get(a.owner()).stream().filter(x -> x.version() == a.version()).findFirst().orElseThrow();
                ps.setString(1, a.owner());
                ps.setInt(2, a.version());
                ps.setString(3, a.description());
                ps.setTimestamp(4, a.appliedAt());
                ps.setString(5, s.checksum());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, List<String[]>> fks = foreignKeys(pg);
        Map<String, Set<String>> refs = new HashMap<>();
        fks.forEach((t, list) -> list.forEach(fk -> refs.computeIfAbsent(t, k -> new TreeSet<>()).add(fk[1])));
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : MoveOrder.tables(tables, refs)) {
            out.put(t, table(d, pg, t, fks.getOrDefault(t, List.of())));
        }
        counters(d, pg);
        try (PreparedStatement ps = pg.prepareStatement("INSERT INTO core_setting (name, value) VALUES (?, ?)")) {
            ps.setString(1, SETTING);
            ps.setString(2, from + " at " + Instant.now());
            ps.executeUpdate();
        }
        return out;
    }

    /** Copies one table and checks it: the same number of rows and the same checksum read back from PostgreSQL. */
    private static long table(Connection d, Connection pg, String table, List<String[]> fks) throws SQLException {
        List<String> names = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnName(i));
                types.add(md.getColumnType(i));
            }
        }
        String columns = String.join(", ", names);
        boolean identity = hasIdentity(pg, table);
        String insert = "INSERT INTO " + table + " (" + columns + ")" + (identity ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        // a reference to the table itself (a unit's parent): its rows wait for the row they name
        String[] self = fks.stream().filter(fk -> fk[1].equals(table)).findFirst().orElse(null);
        MoveRows.Sum read = new MoveRows.Sum();
        List<Object[]> held = self == null ? null : new ArrayList<>();
        try (Statement st = d.createStatement(); ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + table);
             PreparedStatement ps = pg.prepareStatement(insert)) {
            int batch = 0;
            while (rs.next()) {
                Object[] row = new Object[names.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = MoveRows.read(rs, i + 1, types.get(i));
                }
                read.add(row);
                if (held != null) {
                    held.add(row);
                    continue;
                }
                add(ps, row, types);
                if (++batch % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            if (held != null) {
                for (Object[] row : MoveOrder.parentsFirst(held, names.indexOf(self[2]), names.indexOf(self[0]))) {
                    add(ps, row, types);
                    if (++batch % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            SQLException next = e.getNextException();
            throw new SQLException(table + ": " + (next != null ? next.getMessage() : e.getMessage()), e.getSQLState(), e);
        }
        MoveRows.Sum written = new MoveRows.Sum();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + table)) {
            while (rs.next()) {
                Object[] row = new Object[names.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = MoveRows.read(rs, i + 1, types.get(i));
                }
                written.add(row);
            }
        }
        if (written.rows() != read.rows() || !written.value().equals(read.value())) {
            // name the columns that differ, so that the report says where to look
            String[] before = columnSums(d, "SELECT " + columns + " FROM " + table, types);
            String[] after = columnSums(pg, "SELECT " + columns + " FROM " + table, types);
            List<String> differ = new ArrayList<>();
            for (int i = 0; i < before.length; i++) {
                if (!before[i].equals(after[i])) {
                    differ.add(names.get(i));
                }
            }
            throw new IllegalStateException(table + ": Derby has " + read.rows() + " rows (checksum " + read.value() + "), PostgreSQL "
                    + written.rows() + " (checksum " + written.value() + "), columns that differ: " + differ);
        }
        return read.rows();
    }

    private static String[] columnSums(Connection c, String sql, List<Integer> types) throws SQLException {
        MoveRows.Sum[] sums = new MoveRows.Sum[types.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = new MoveRows.Sum();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i].add(new Object[] {MoveRows.read(rs, i + 1, types.get(i))});
                }
            }
        }
        String[] out = new String[sums.length];
        for (int i = 0; i < sums.length; i++) {
            out[i] = sums[i].value();
        }
        return out;
    }

    private static void add(PreparedStatement ps, Object[] row, List<Integer> types) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            MoveRows.write(ps, i + 1, types.get(i), row[i]);
        }
        ps.addBatch();
    }

    private static boolean hasIdentity(Connection pg, String table) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /**
     * Every identity counter where Derby's stood (its next value, past every id it ever gave, deleted rows' too),
     * and never below the largest id copied.
     */
    private static void counters(Connection d, Connection pg) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] id : identities) {
            long next = 1;
            try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(" + id[1] + ") FROM " + id[0])) {
                if (rs.next() && rs.getObject(1) != null) {
                    next = rs.getLong(1) + 1;
                }
            }
            try (PreparedStatement ps = d.prepareStatement("VALUES SYSCS_UTIL.SYSCS_PEEK_AT_IDENTITY(?, ?)")) {
                ps.setString(1, d.getSchema());
                ps.setString(2, id[0].toUpperCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        next = Math.max(next, rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                // a Derby column without an identity of its own (the counter lives elsewhere): past the copied ids it is
                LOG.warn("no identity counter of {}.{} in Derby ({}): the next id is {}", id[0], id[1], e.getMessage(), next);
            }
            try (PreparedStatement ps = pg.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                ps.setString(1, id[0]);
                ps.setString(2, id[1]);
                ps.setLong(3, next);
                ps.executeQuery().close();
            }
        }
    }

    /** Per table its foreign keys (wfed's are single-column): {column, referenced table, referenced column}. */
    private static Map<String, List<String[]>> foreignKeys(Connection pg) throws SQLException {
        Map<String, List<String[]>> out = new HashMap<>();
        String sql = "SELECT c.relname, a.attname, f.relname, fa.attname FROM pg_constraint k"
                + " JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class f ON f.oid = k.confrelid"
                + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                + " JOIN pg_attribute fa ON fa.attrelid = k.confrelid AND fa.attnum = k.confkey[1]"
                + " WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace";
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        return out;
    }

    private static List<String> pgTables(Connection pg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Set<String> derbyTables(Connection d) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (ResultSet rs = d.getMetaData().getTables(null, d.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static StartFailure refused(String zh, String en) {
        return new StartFailure(StartFailure.MOVE_FAILED, "从 Derby 迁移到 PostgreSQL 未进行：" + zh,
                "the move from Derby to PostgreSQL did not happen: " + en);
    }

    private static StartFailure refused(String zh, String en, Throwable cause) {
        return new StartFailure(StartFailure.MOVE_FAILED, zh, en, cause);
    }
}
