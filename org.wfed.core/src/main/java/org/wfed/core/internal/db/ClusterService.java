package org.wfed.core.internal.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Cluster;
import org.wfed.core.Jdbc;

/**
 * The {@link Cluster} of this node. On Derby it is this node alone: changes reach this node's listeners after
 * commit, and a job runs unless it runs already in this process. On PostgreSQL a change is also a {@code NOTIFY}
 * in the writer's transaction that every node's {@link PgNotices} hears once it commits, and a job holds an
 * advisory lock of the database while it runs.
 */
@Component(service = {Cluster.class, ClusterService.class})
public final class ClusterService implements Cluster {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterService.class);
    private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final DatabaseService db;
    /** This node among the others: its own notices come back to it and are not run twice. */
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final PgNotices notices;

    @Activate
    public ClusterService(@Reference DatabaseService db) {
        this.db = db;
        this.notices = db.dialect() == Dialect.POSTGRES ? new PgNotices(db, node, this::heard, this::missedSome) : null;
    }

    @Deactivate
    void deactivate() {
        if (notices != null) {
            notices.stop();
        }
    }

    @Override
    public void changed(Connection c, String topic) throws SQLException {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("a topic is 1-100 of a-z, 0-9, '.', '_', '-': " + topic);
        }
        db.afterCommit(c, () -> fire(topic));
        if (notices != null) {
            notices.send(c, topic);
        }
    }

    @Override
    public void changed(String topic) {
        db.write(c -> {
            changed(c, topic);
            return null;
        });
    }

    @Override
    public AutoCloseable onChange(String topic, Runnable listener) {
        List<Runnable> list = listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    @Override
    public boolean alone(String job, Runnable work) {
        if (!running.add(job)) {
            return false;
        }
        try {
            if (notices == null) {
                work.run();
                return true;
            }
            return whileLocked(job, work);
        } finally {
            running.remove(job);
        }
    }

    /** Runs the work while this node holds the job's advisory lock, on a connection of its own; false if another holds it. */
    private boolean whileLocked(String job, Runnable work) {
        long key = lockKey(job);
        try (Connection c = db.ownConnection()) {
            c.setAutoCommit(true);
            if (!Jdbc.one(c, "SELECT pg_try_advisory_lock(?)", rs -> rs.getBoolean(1), key).orElse(false)) {
                LOG.info("{} runs on another node: not here", job);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                Jdbc.one(c, "SELECT pg_advisory_unlock(?)", rs -> rs.getBoolean(1), key);
            }
        } catch (SQLException e) {
            throw DatabaseService.unavailable(e);
        }
    }

    /** A stable 64-bit lock key per job name, the same on every node. */
    static long lockKey(String job) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("wfed job " + job).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A notice from a node: this node's own were run after their commit already. */
    private void heard(String fromNode, String topic) {
        if (!fromNode.equals(node)) {
            fire(topic);
        }
    }

    /** The notices' connection was lost for a while: every listener forgets, whatever changed meanwhile. */
    private void missedSome() {
        listeners.keySet().forEach(this::fire);
    }

    private void fire(String topic) {
        for (Runnable r : listeners.getOrDefault(topic, List.of())) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("a listener of {} failed", topic, e);
            }
        }
    }

    /** This node's name in notices and logs. */
    public String node() {
        return node;
    }
}
