package org.wfed.core.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Jdbc;

/**
 * PostgreSQL {@code LISTEN/NOTIFY} between the nodes: a change is sent with {@code pg_notify} in the writer's
 * transaction (PostgreSQL delivers it when that commits, and never for a rollback); one thread per node listens on
 * a connection of its own and hands each notice on. When that connection is lost the thread makes it again and
 * says so ({@code missed}), since notices sent meanwhile are gone.
 */
final class PgNotices {
    private static final Logger LOG = LoggerFactory.getLogger(PgNotices.class);
    static final String CHANNEL = "wfed_changes";
    private static final int WAIT_MILLIS = 500;

    private final DatabaseService db;
    private final String node;
    private final BiConsumer<String, String> heard;
    private final Runnable missed;
    private final Thread thread;
    private volatile boolean stopped;

    PgNotices(DatabaseService db, String node, BiConsumer<String, String> heard, Runnable missed) {
        this.db = db;
        this.node = node;
        this.heard = heard;
        this.missed = missed;
        this.thread = new Thread(this::listen, "wfed-cluster-notices");
        thread.setDaemon(true);
        thread.start();
    }

    void send(Connection c, String topic) throws SQLException {
        Jdbc.one(c, "SELECT pg_notify(?, ?)", rs -> null, CHANNEL, node + " " + topic);
    }

    void stop() {
        stopped = true;
        try {
            thread.join(2 * WAIT_MILLIS + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        boolean warned = false;
        while (!stopped) {
            try (Connection c = db.ownConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (warned) {
                    LOG.warn("cluster notices: listening again; every cache starts afresh");
                    warned = false;
                }
                // whatever this node kept may have changed while it did not listen (also before the first LISTEN)
                missed.run();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] notes = pg.getNotifications(WAIT_MILLIS);
                    for (PGNotification n : notes == null ? new PGNotification[0] : notes) {
                        String p = n.getParameter();
                        int space = p.indexOf(' ');
                        if (space > 0) {
                            heard.accept(p.substring(0, space), p.substring(space + 1));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                if (!warned) {
                    LOG.warn("cluster notices: lost the connection ({}); retrying every second", e.getMessage());
                    warned = true;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException x) {
                    return;
                }
            }
        }
    }
}
