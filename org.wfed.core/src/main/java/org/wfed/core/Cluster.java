package org.wfed.core;

import java.sql.Connection;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The wfed nodes that share one database (集群): one node on embedded Derby, several stateless nodes behind a load
 * balancer over PostgreSQL. What a node keeps in memory (caches of counts, paths, sessions, figures) hears of the
 * changes made on any node through {@link #changed}; work that must not run on two nodes at once (a warm-up, a
 * generator) runs through {@link #alone}. Rules never rely on a cache: budgets, quotas and once-per-person checks
 * are enforced in the database.
 */
@ProviderType
public interface Cluster {
    /** Core's year locks ({@link PeriodLocks}) changed: a year was locked or unlocked somewhere. */
    String PERIOD_LOCKS = "core.period-locks";

    /**
     * Announces, in the transaction of {@code c} (from {@link Database#write} or {@link Database#read}), that data
     * behind the caches of {@code topic} changed. Once that transaction commits, the listeners of the topic run on
     * this node and, within about a second, on every other node (PostgreSQL {@code NOTIFY}, delivered at commit).
     * A transaction that rolls back tells nobody.
     *
     * @param topic a short name owned by the caller, e.g. {@code activities.totals} (at most 100 characters)
     */
    void changed(Connection c, String topic) throws SQLException;

    /** As {@link #changed(Connection, String)}, in a transaction of its own: for a cache told after its write committed. */
    void changed(String topic);

    /**
     * Runs {@code listener} after every committed {@link #changed} of the topic on any node, and also whenever
     * this node may have missed changes (its connection for the notices was lost and made again); a listener
     * forgets what it kept, quickly, and never throws. Closing the answer removes the listener.
     */
    AutoCloseable onChange(String topic, Runnable listener);

    /**
     * Runs {@code work} on this thread unless the job of this name runs now on any node (a PostgreSQL advisory
     * lock, held while it runs); answers whether it ran. For background jobs that need doing once, not once per node.
     */
    boolean alone(String job, Runnable work);
}
