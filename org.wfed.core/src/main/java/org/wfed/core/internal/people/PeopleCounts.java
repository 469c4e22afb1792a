package org.wfed.core.internal.people;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Cluster;

/**
 * Totals of the people lists, kept until the registry next changes (and at most a few seconds).
 * Derby has no cheap COUNT(*): it was most of a people page's cost, though the registry changes far
 * less often than it is read. Every write to {@code core_person} calls {@link #changed()}, which the other
 * nodes hear too ({@link Cluster}); the time limit bounds what a count read between such a call and its
 * commit can keep, and what a node keeps while it cannot hear the others.
 */
@Component(service = PeopleCounts.class)
public final class PeopleCounts {
    static final String TOPIC = "core.people";
    private static final int MAX_ENTRIES = 10_000;
    private static final long KEEP_NANOS = 5_000_000_000L;

    private record Total(long value, long at) {
    }

    /** Counts the rows of one list query. */
    @FunctionalInterface
    public interface Counter {
        long count() throws SQLException;
    }

    private final Map<String, Total> totals = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Cluster cluster;
    private final AutoCloseable listening;

    @Activate
    public PeopleCounts(@Reference Cluster cluster) {
        this.cluster = cluster;
        this.listening = cluster.onChange(TOPIC, this::forget);
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
    }

    /** The total for the query key: cached, or counted now. */
    public long total(String key, Counter counter) throws SQLException {
        long now = System.nanoTime();
        Total cached = totals.get(key);
        if (cached != null && now - cached.at() < KEEP_NANOS) {
            return cached.value();
        }
        long before = generation.get();
        long n = counter.count();
        if (generation.get() == before && totals.size() < MAX_ENTRIES) {
            totals.put(key, new Total(n, now));
        }
        return n;
    }

    /** The registry changed: forget every total, here and on the other nodes. */
    public void changed() {
        forget();
        cluster.changed(TOPIC);
    }

    private void forget() {
        generation.incrementAndGet();
        totals.clear();
    }
}
