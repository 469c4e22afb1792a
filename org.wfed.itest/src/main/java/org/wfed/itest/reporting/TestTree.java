package org.wfed.itest.reporting;

import java.time.LocalDate;
import java.util.UUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;

/**
 * Builds organisation trees for reporting tests straight in core's tables (core's tree endpoints are
 * not there yet), with history rows so that scopes over past periods see them; unique names per run.
 */
final class TestTree {
    static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    private final Database db;
    final String tag = UUID.randomUUID().toString().substring(0, 6);

    TestTree() {
        BundleContext ctx = FrameworkUtil.getBundle(TestTree.class).getBundleContext();
        this.db = service(ctx, Database.class);
    }

    static <T> T service(BundleContext ctx, Class<T> type) {
        ServiceReference<T> ref = ctx.getServiceReference(type);
        if (ref == null) {
            throw new AssertionError("no service " + type.getName());
        }
        return ctx.getService(ref);
    }

    Database db() {
        return db;
    }

    long top() {
        return db.read(c -> Jdbc.number(c, "SELECT MIN(id) FROM core_unit WHERE parent_id IS NULL"));
    }

    long unit(long parentId, String kind, String name) {
        return db.write(c -> {
            String parentPath = Jdbc.one(c, "SELECT path FROM core_unit WHERE id = ?", rs -> rs.getString(1), parentId).orElseThrow();
            long id = Jdbc.insert(c, "INSERT INTO core_unit (parent_id, kind, name, path, status, valid_from) VALUES (?, ?, ?, '/', 'ACTIVE', ?)",
                    parentId, kind, name + tag, FOUNDED);
            String path = parentPath + id + "/";
            Jdbc.update(c, "UPDATE core_unit SET path = ? WHERE id = ?", path, id);
            Jdbc.update(c, "INSERT INTO core_unit_hist (unit_id, parent_id, name, path, valid_from, change_kind) VALUES (?, ?, ?, ?, ?, 'CREATE')",
                    id, parentId, name + tag, path, FOUNDED);
            return id;
        });
    }

    /** Moves a leaf unit under another parent from {@code effective} on, keeping its history. */
    void move(long unitId, long newParentId, LocalDate effective) {
        db.write(c -> {
            String parentPath = Jdbc.one(c, "SELECT path FROM core_unit WHERE id = ?", rs -> rs.getString(1), newParentId).orElseThrow();
            String name = Jdbc.one(c, "SELECT name FROM core_unit WHERE id = ?", rs -> rs.getString(1), unitId).orElseThrow();
            String path = parentPath + unitId + "/";
            Jdbc.update(c, "UPDATE core_unit SET parent_id = ?, path = ? WHERE id = ?", newParentId, path, unitId);
            Jdbc.update(c, "UPDATE core_unit_hist SET valid_to = ? WHERE unit_id = ? AND valid_to IS NULL", effective, unitId);
            Jdbc.update(c, "INSERT INTO core_unit_hist (unit_id, parent_id, name, path, valid_from, change_kind) VALUES (?, ?, ?, ?, ?, 'MOVE')",
                    unitId, newParentId, name, path, effective);
            return null;
        });
    }
}
