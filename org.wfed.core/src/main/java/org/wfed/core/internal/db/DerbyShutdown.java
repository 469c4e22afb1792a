package org.wfed.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shuts one embedded Derby database down, which writes a checkpoint (Derby only: PostgreSQL is a server). */
final class DerbyShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(DerbyShutdown.class);
    /** Derby answers a successful shutdown of one database with this SQL state. */
    private static final String SHUT_DOWN = "08006";

    private DerbyShutdown() {
    }

    static void now(DataSourceFactory factory, String url) {
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url + ";shutdown=true");
        try (Connection c = factory.createDataSource(props).getConnection()) {
            LOG.warn("the database at {} did not shut down", url);
        } catch (SQLException e) {
            if (!SHUT_DOWN.equals(e.getSQLState())) {
                LOG.warn("the database at {} did not shut down cleanly: {}", url, e.getMessage());
            }
        }
    }
}
