package org.wfed.core.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Database;
import org.wfed.core.SqlWork;
import org.wfed.core.WfedException;
import org.wfed.core.internal.FileTrees;
import org.wfed.core.internal.Settings;
import org.wfed.core.internal.boot.Fatal;
import org.wfed.core.internal.boot.StartFailure;

/**
 * The wfed database over a JDBC {@link DataSourceFactory}: embedded Derby in {@code <data>/db} by default, or the
 * PostgreSQL database of {@code WFED_DB_URL} that several wfed nodes share. Connections come from a HikariCP pool
 * (a maximum, validation of idle connections, a timeout for the wait); work that a transaction starts inside
 * another one (an audit entry in its own transaction) takes its connection from a second pool, so that a full
 * pool can never leave every request waiting for itself.
 */
@Component(service = {Database.class, DatabaseService.class}, configurationPid = "org.wfed.database")
@Designate(ocd = DatabaseService.Config.class)
public final class DatabaseService implements Database {

    @ObjectClassDefinition(name = "wfed database")
    public @interface Config {
        @AttributeDefinition(description = "Data folder (default WFED_DATA or ./wfed-data)")
        String dataFolder() default "";

        @AttributeDefinition(description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://db:5432/wfed (default WFED_DB_URL; none: embedded Derby)")
        String url() default "";

        @AttributeDefinition(description = "Database user (default WFED_DB_USER)")
        String user() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "Database password (default WFED_DB_PASSWORD)")
        String password() default "";

        @AttributeDefinition(description = "Most connections open at once (default WFED_DB_POOL_SIZE or 16)")
        int poolSize() default 0;

        @AttributeDefinition(description = "Seconds a request waits for a free connection before it gets 503 (default WFED_DB_TIMEOUT or 10)")
        int timeoutSeconds() default 0;
    }

    static final int DEFAULT_POOL_SIZE = 16;
    static final int DEFAULT_TIMEOUT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseService.class);

    private final Dialect dialect;
    private final String url;
    private final File dataFolder;
    private final Path filesFolder;
    private final DataSourceFactory factory;
    /** Derby's driver, for a move from Derby to PostgreSQL ({@code WFED_MOVE_FROM}); null if the deployment lacks it. */
    private final DataSourceFactory derbyFactory;
    /** What this start moved from Derby, or null. */
    private DerbyMove.Summary moved;
    /** The driver's own data source: pooled by {@link #pool}, and for the few long-lived connections (notices, locks). */
    private DataSource dataSource;
    private HikariDataSource pool;
    private HikariDataSource nestedPool;
    private Migrator migrator;
    /** What this start restored, or null. */
    private Restored restored;
    /**
     * This thread's open transactions, innermost last, each with the work to do once it commits
     * ({@link #afterCommit}). Per thread, so that no transaction waits for a lock of another's.
     */
    private final ThreadLocal<ArrayDeque<Transaction>> open = ThreadLocal.withInitial(ArrayDeque::new);

    /** An open transaction of this thread: its connection, and what runs after its commit. */
    private static final class Transaction {
        final Connection connection;
        List<Runnable> then;

        Transaction(Connection connection) {
            this.connection = connection;
        }
    }

    @Activate
    public DatabaseService(BundleContext context, Config config,
                           @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE) List<Map.Entry<Map<String, Object>, DataSourceFactory>> factories) {
        String configuredUrl = Settings.get(context, config.url(), "dbUrl", "");
        this.dialect = Dialect.ofUrl(configuredUrl);
        this.dataFolder = new File(Settings.get(context, config.dataFolder(), "data", "wfed-data")).getAbsoluteFile();
        this.filesFolder = new File(Settings.get(context, null, "files", new File(dataFolder, "files").getPath())).getAbsoluteFile().toPath();
        this.url = dialect == Dialect.DERBY ? "jdbc:derby:" + new File(dataFolder, "db").getPath() : configuredUrl;
        this.factory = factories.stream().filter(e -> dialect.driverClass().equals(e.getKey().get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        this.derbyFactory = factories.stream().filter(e -> Dialect.DERBY.driverClass().equals(e.getKey().get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (dialect == Dialect.POSTGRES && Settings.get(context, null, "files", null) == null) {
            // also when the URL came from ConfigAdmin, which StartSettings does not see
            StartFailure f = new StartFailure(StartFailure.BAD_SETTING,
                    "使用 PostgreSQL 时须设置 WFED_FILES：各节点共享的文件目录（照片、签收单），不能只存在一台机器上",
                    "with PostgreSQL set WFED_FILES to the folder every node shares for uploaded files (photos, receipts)");
            Fatal.exit(f);
            throw f;
        }
        try {
            if (factory == null) {
                throw new IllegalStateException("this deployment has no JDBC driver for " + dialect + " (" + dialect.driverClass() + ")");
            }
            open(context, config);
        } catch (StartFailure f) {
            throw f;
        } catch (SQLException | RuntimeException e) {
            // without its database wfed serves nothing: end the process with the reason
            StartFailure f = new StartFailure(StartFailure.CORE_FAILED, "无法打开数据库 " + safeUrl() + "：" + e.getMessage(),
                    "cannot open the database " + safeUrl() + ": " + e.getMessage(), e);
            Fatal.exit(f);
            throw f;
        }
    }

    private void open(BundleContext context, Config config) throws SQLException {
        // personal data: nobody but the owner may enter the data folder (its database on Derby, its logs and
        // backups on either; docs/security.md, disk encryption there too)
        FileTrees.ownerOnly(dataFolder.toPath());
        Properties props = new Properties();
        String attributes = "";
        if (dialect == Dialect.DERBY) {
            // and the database and backup files Derby writes are the owner's only (0600, folders 0700)
            System.setProperty("derby.storage.useDefaultFilePermissions", "false");
            String restoreFrom = Settings.get(context, null, "restoreFrom", null);
            File backup = Restore.pending(dataFolder, restoreFrom);
            if (backup != null) {
                // the audit entries after the backup would be lost with the database it replaces: keep them beside it
                this.restored = AuditCarry.export(factory, url, dataFolder, backup);
            }
            attributes = Restore.attributes(dataFolder, restoreFrom);
        } else {
            putIfSet(props, DataSourceFactory.JDBC_USER, Settings.get(context, config.user(), "dbUser", null));
            putIfSet(props, DataSourceFactory.JDBC_PASSWORD, Settings.get(context, config.password(), "dbPassword", null));
            // names the node's connections in pg_stat_activity
            props.setProperty("ApplicationName", "wfed");
            // as Derby's lock wait (60 s, then 409 BUSY): PostgreSQL would otherwise wait for a lock for ever. A
            // start-up option of the session, not a SET after connecting: that would leave the pool's connection
            // (auto-commit off) inside a transaction before its first use
            props.setProperty("options", "-c lock_timeout=60s");
        }
        props.setProperty(DataSourceFactory.JDBC_URL, url + attributes);
        this.dataSource = factory.createDataSource(props);
        int size = Settings.getInt(context, config.poolSize(), "dbPoolSize", DEFAULT_POOL_SIZE);
        int timeout = Settings.getInt(context, config.timeoutSeconds(), "dbTimeout", DEFAULT_TIMEOUT_SECONDS);
        // the first connection opens (or restores) the database: before the pools, so that its attributes apply once
        try (Connection first = dataSource.getConnection()) {
            LOG.info("wfed database: {} {} ({})", first.getMetaData().getDatabaseProductName(),
                    first.getMetaData().getDatabaseProductVersion(), safeUrl());
        }
        if (!attributes.isEmpty()) {
            props.setProperty(DataSourceFactory.JDBC_URL, url);
            this.dataSource = factory.createDataSource(props);
        }
        this.pool = pool("wfed", size, 2, timeout);
        this.nestedPool = pool("wfed-nested", size, 1, timeout);
        this.migrator = new Migrator(this, dialect);
        String moveFrom = Settings.get(context, null, "moveFrom", null);
        if (dialect == Dialect.POSTGRES && moveFrom != null && !moveFrom.isBlank()) {
            // before any migration: the move builds the schema at the old database's versions, the migrations go on from there
            try {
                this.moved = new DerbyMove(context, derbyFactory, dataSource, new File(moveFrom), dataFolder, filesFolder).run();
            } catch (StartFailure f) {
                Fatal.exit(f);
                throw f;
            }
        }
        migrator.migrate("core", DatabaseService.class);
        if (dialect == Dialect.POSTGRES) {
            SharedFiles.check(this, filesFolder);
        }
        LOG.info("wfed database ready: pool of {} connections, {} s wait at most", size, timeout);
    }

    private HikariDataSource pool(String name, int size, int minIdle, int timeoutSeconds) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName(name);
        hc.setDataSource(dataSource);
        hc.setMaximumPoolSize(size);
        hc.setMinimumIdle(Math.min(minIdle, size));
        hc.setAutoCommit(false);
        hc.setConnectionTimeout(timeoutSeconds * 1000L);
        hc.setValidationTimeout(Math.min(5_000L, timeoutSeconds * 1000L));
        // idle connections are checked and replaced before a server or firewall drops them
        hc.setKeepaliveTime(120_000);
        hc.setIdleTimeout(300_000);
        hc.setMaxLifetime(1_800_000);
        // the database is checked by the first connection above; the pool fills in the background
        hc.setInitializationFailTimeout(-1);
        return new HikariDataSource(hc);
    }

    private static void putIfSet(Properties props, String key, String value) {
        if (value != null && !value.isBlank()) {
            props.setProperty(key, value);
        }
    }

    /** The URL without a password that may be written into it. */
    private String safeUrl() {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1******");
    }

    /**
     * Closes the connections, then (Derby) shuts the database down: Derby writes a checkpoint, so that the next
     * start need not replay the transaction log (a district's start spent 3 s in recovery without it).
     */
    @Deactivate
    void deactivate() {
        if (nestedPool != null) {
            nestedPool.close();
        }
        if (pool != null) {
            pool.close();
        }
        if (dialect == Dialect.DERBY) {
            DerbyShutdown.now(factory, url);
        }
        LOG.info("wfed database closed");
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return run(work, true);
    }

    private <T> T run(SqlWork<T> work, boolean readOnly) {
        ArrayDeque<Transaction> mine = open.get();
        Connection c = take(mine.isEmpty() ? pool : nestedPool);
        Transaction tx = new Transaction(c);
        mine.addLast(tx);
        boolean ok = false;
        try {
            c.setReadOnly(readOnly);
            T result = work.run(c);
            c.commit();
            ok = true;
            return result;
        } catch (SQLException e) {
            throw SqlErrors.translate(dialect, e);
        } finally {
            mine.removeLast();
            if (!ok) {
                rollbackQuietly(c);
            }
            closeQuietly(c);
            if (ok && tx.then != null) {
                tx.then.forEach(Runnable::run);
            }
        }
    }

    private Connection take(HikariDataSource from) {
        try {
            return from.getConnection();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Runs {@code r} once the transaction of {@code c} (a connection of {@link #write} or {@link #read} open on this
     * thread) commits.
     */
    void afterCommit(Connection c, Runnable r) {
        for (Transaction tx : open.get()) {
            if (tx.connection == c) {
                if (tx.then == null) {
                    tx.then = new ArrayList<>(2);
                }
                tx.then.add(r);
                return;
            }
        }
        throw new IllegalStateException("not the connection of a transaction open on this thread");
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed", e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("a connection did not go back to the pool", e);
        }
    }

    @Override
    public int migrate(String owner, Class<?> anchor) {
        return migrator.migrate(owner, anchor);
    }

    @Override
    public Path files(String owner) {
        if (!owner.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("bad owner " + owner);
        }
        Path folder = filesFolder.resolve(owner);
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + folder, e);
        }
        return folder;
    }

    /** The folder of the modules' files (photos, receipts): {@code WFED_FILES}, or {@code <data>/files}. */
    public Path filesFolder() {
        return filesFolder;
    }

    /** The database wfed runs on. */
    public Dialect dialect() {
        return dialect;
    }

    /** A connection of its own, outside the pools, for work that holds one for long (notices, a job's lock). */
    Connection ownConnection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The backup this start restored, and where the audit entries after it were kept; null without a restore. */
    public Restored restored() {
        return restored;
    }

    /** What this start moved from Derby (WFED_MOVE_FROM), or null. */
    DerbyMove.Summary moved() {
        return moved;
    }

    /** A restore of this start: the backup, the folder holding the audit entries written after it, how many. */
    public record Restored(File backup, File folder, int entries) {
    }

    /** The data folder (the embedded database lives in its {@code db} folder). */
    public File dataFolder() {
        return dataFolder;
    }

    /** The JDBC URL of the database, for the operator (no password). */
    public String describe() {
        return safeUrl();
    }

    /** The JDBC URL of the database as configured. */
    public String jdbcUrl() {
        return url;
    }

    static WfedException unavailable(Exception e) {
        return new WfedException(503, "DATABASE_UNAVAILABLE", "数据库暂不可用，请稍后重试", "Database unavailable: " + e.getMessage());
    }
}
