package org.wfed.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;

/**
 * Keeps up to {@code size} idle connections for reuse. Callers beyond that get a fresh connection
 * that is closed after use, so the pool never blocks a request.
 */
final class ConnectionPool {
    private final DataSource dataSource;
    private final BlockingQueue<Connection> idle;
    private volatile boolean closed;

    ConnectionPool(DataSource dataSource, int size) {
        this.dataSource = dataSource;
        this.idle = new ArrayBlockingQueue<>(Math.max(1, size));
    }

    Connection take() {
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw DerbyDatabase.unavailable(e);
        }
    }

    /** Returns a connection after its work committed or rolled back; one the pool cannot keep is closed. */
    void give(Connection c) {
        try {
            if (!closed && !c.isClosed() && idle.offer(c)) {
                return;
            }
            c.close();
        } catch (SQLException e) {
            // a connection that cannot even be closed is dropped
        }
    }

    void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // shutting down
            }
        }
    }
}
