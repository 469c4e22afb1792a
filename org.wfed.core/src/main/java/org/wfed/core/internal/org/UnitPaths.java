package org.wfed.core.internal.org;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Cluster;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;

/**
 * Current materialised paths of units, cached: every request's subtree check reads them, and the
 * tree changes rarely. Tree writes call {@link #invalidate()} after they commit; the other nodes hear of it
 * ({@link Cluster}), and a path read while the tree changed is not kept.
 */
@Component(service = UnitPaths.class)
public final class UnitPaths {
    static final String TOPIC = "core.tree";
    private final Database db;
    private final Cluster cluster;
    private final Map<Long, String> cache = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> leaves = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AutoCloseable listening;

    @Activate
    public UnitPaths(@Reference Database db, @Reference Cluster cluster) {
        this.db = db;
        this.cluster = cluster;
        this.listening = cluster.onChange(TOPIC, this::forget);
    }

    @Deactivate
    void deactivate() throws Exception {
        listening.close();
    }

    /** The unit's path, or null when there is no such unit. */
    public String pathOf(long unitId) {
        String cached = cache.get(unitId);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        String path = db.read(c -> Jdbc.one(c, "SELECT path FROM core_unit WHERE id = ?", rs -> rs.getString(1), unitId))
                .orElse(null);
        if (path != null && generation.get() == before) {
            cache.put(unitId, path);
        }
        return path;
    }

    /** Whether no unit lies below this one (a community or village, usually); cached like the paths. */
    public boolean isLeaf(long unitId) {
        Boolean known = leaves.get(unitId);
        if (known != null) {
            return known;
        }
        long before = generation.get();
        boolean leaf = db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_unit WHERE parent_id = ?", unitId) == 0);
        if (generation.get() == before) {
            leaves.put(unitId, leaf);
        }
        return leaf;
    }

    /** The tree changed: forget every path, here and on the other nodes. */
    public void invalidate() {
        forget();
        cluster.changed(TOPIC);
    }

    private void forget() {
        generation.incrementAndGet();
        cache.clear();
        leaves.clear();
    }
}
