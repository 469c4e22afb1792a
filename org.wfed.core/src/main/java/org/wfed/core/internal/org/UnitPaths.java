package org.wfed.core.internal.org;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;

/**
 * Current materialised paths of units, cached: every request's subtree check reads them, and the
 * tree changes rarely. Tree writes call {@link #invalidate()} after they commit.
 */
@Component(service = UnitPaths.class)
public final class UnitPaths {
    private final Database db;
    private final Map<Long, String> cache = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> leaves = new ConcurrentHashMap<>();

    @Activate
    public UnitPaths(@Reference Database db) {
        this.db = db;
    }

    /** The unit's path, or null when there is no such unit. */
    public String pathOf(long unitId) {
        String cached = cache.get(unitId);
        if (cached != null) {
            return cached;
        }
        String path = db.read(c -> Jdbc.one(c, "SELECT path FROM core_unit WHERE id = ?", rs -> rs.getString(1), unitId))
                .orElse(null);
        if (path != null) {
            cache.put(unitId, path);
        }
        return path;
    }

    /** Whether no unit lies below this one (a community or village, usually); cached like the paths. */
    public boolean isLeaf(long unitId) {
        return leaves.computeIfAbsent(unitId, id -> db.read(c -> Jdbc.number(c,
                "SELECT COUNT(*) FROM core_unit WHERE parent_id = ?", id) == 0));
    }

    public void invalidate() {
        cache.clear();
        leaves.clear();
    }
}
