package org.wfed.core.internal.db;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.wfed.core.Database;
import org.wfed.core.SqlWork;
import org.wfed.core.WfedException;
import org.wfed.core.internal.FileTrees;
import org.wfed.core.internal.Settings;
import org.wfed.core.internal.boot.Fatal;
import org.wfed.core.internal.boot.StartFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wfed database over a JDBC {@link DataSourceFactory}: embedded Derby in {@code <data>/db} by
 * default. A small pool keeps connections open, since opening one is the costliest part of a request.
 */
@Component(service = {Database.class, DerbyDatabase.class}, configurationPid = "org.wfed.database")
@Designate(ocd = DerbyDatabase.Config.class)
public final class DerbyDatabase implements Database {

    @ObjectClassDefinition(name = "wfed database")
    public @interface Config {
        @AttributeDefinition(description = "Data folder (default WFED_DATA or ./wfed-data)")
        String dataFolder() default "";

        @AttributeDefinition(description = "Connections kept open")
        int poolSize() default 16;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabase.class);

    /** Set while the database opens (the migrations of core run through this object). */
    private ConnectionPool pool;
    private Migrator migrator;
    /** What this start restored, or null. */
    private Restored restored;
    private final String url;
    private final File dataFolder;
    private final DataSourceFactory factory;

    @Activate
    public DerbyDatabase(BundleContext context, Config config,
                         @Reference(target = "(osgi.jdbc.driver.class=org.apache.derby.jdbc.EmbeddedDriver)") DataSourceFactory factory)
            throws SQLException {
        try {
            this.dataFolder = open(context, config, factory);
        } catch (StartFailure f) {
            throw f;
        } catch (SQLException | RuntimeException e) {
            // without its database wfed serves nothing: end the process with the reason
            StartFailure f = new StartFailure(StartFailure.CORE_FAILED, "无法打开数据库：" + e.getMessage(),
                    "cannot open the database: " + e.getMessage(), e);
            Fatal.exit(f);
            throw f;
        }
        this.url = "jdbc:derby:" + new File(dataFolder, "db").getPath();
        this.factory = factory;
    }

    private File open(BundleContext context, Config config, DataSourceFactory factory) throws SQLException {
        File dataFolder = new File(Settings.get(context, config.dataFolder(), "data", "wfed-data")).getAbsoluteFile();
        File folder = new File(dataFolder, "db");
        dataFolder.mkdirs();
        // personal data: the database and backup files Derby writes are the owner's only (0600, folders 0700),
        // and nobody else may enter the data folder at all (docs/security.md, disk encryption there too)
        System.setProperty("derby.storage.useDefaultFilePermissions", "false");
        FileTrees.ownerOnly(dataFolder.toPath());
        String url = "jdbc:derby:" + folder.getPath();
        Properties props = new Properties();
        String restoreFrom = Settings.get(context, null, "restoreFrom", null);
        File backup = Restore.pending(dataFolder, restoreFrom);
        if (backup != null) {
            // the audit entries after the backup would be lost with the database it replaces: keep them beside it
            this.restored = AuditCarry.export(factory, url, dataFolder, backup);
        }
        props.setProperty(DataSourceFactory.JDBC_URL, url + Restore.attributes(dataFolder, restoreFrom));
        DataSource dataSource = factory.createDataSource(props);
        this.pool = new ConnectionPool(dataSource, config.poolSize());
        this.migrator = new Migrator(this);
        migrator.migrate("core", DerbyDatabase.class);
        LOG.info("wfed database at {}", folder);
        return dataFolder;
    }

    /**
     * Closes the connections, then shuts the database down: Derby writes a checkpoint, so that the next
     * start need not replay the transaction log (a district's start spent 3 s in recovery without it).
     */
    @Deactivate
    void deactivate() {
        pool.close();
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url + ";shutdown=true");
        try (java.sql.Connection c = factory.createDataSource(props).getConnection()) {
            LOG.warn("wfed database at {} did not shut down", url);
        } catch (SQLException e) {
            // Derby answers a successful shutdown of one database with SQL state 08006
            if ("08006".equals(e.getSQLState())) {
                LOG.info("wfed database closed");
            } else {
                LOG.warn("wfed database did not shut down cleanly: {}", e.getMessage());
            }
        }
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
        Connection c = pool.take();
        boolean ok = false;
        try {
            c.setAutoCommit(false);
            c.setReadOnly(readOnly);
            T result = work.run(c);
            c.commit();
            ok = true;
            return result;
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            if (!ok) {
                rollbackQuietly(c);
            }
            pool.give(c);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed", e);
        }
    }

    @Override
    public int migrate(String owner, Class<?> anchor) {
        return migrator.migrate(owner, anchor);
    }

    @Override
    public java.nio.file.Path files(String owner) {
        if (!owner.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("bad owner " + owner);
        }
        java.nio.file.Path folder = new File(new File(dataFolder, "files"), owner).toPath();
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + folder, e);
        }
        return folder;
    }

    /** The backup this start restored, and where the audit entries after it were kept; null without a restore. */
    public Restored restored() {
        return restored;
    }

    /** A restore of this start: the backup, the folder holding the audit entries written after it, how many. */
    public record Restored(File backup, File folder, int entries) {
    }

    /** The data folder (the database lives in its {@code db} folder). */
    public File dataFolder() {
        return dataFolder;
    }

    static WfedException unavailable(Exception e) {
        return new WfedException(503, "DATABASE_UNAVAILABLE", "数据库暂不可用，请稍后重试", "Database unavailable: " + e.getMessage());
    }
}
