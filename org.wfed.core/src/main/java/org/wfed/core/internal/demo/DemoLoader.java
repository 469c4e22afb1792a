package org.wfed.core.internal.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.internal.Settings;
import org.wfed.core.internal.auth.AuthService;
import org.wfed.core.internal.auth.FirstStart;

/**
 * With WFED_DEMO=1, fills an empty database with a believable district and then lets every
 * {@link DemoDataProvider} add its records, each once per database, also providers that arrive later.
 * Loading runs on its own thread so that start-up is not held up.
 */
@Component(immediate = true)
public final class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final Database db;
    private final AuthService auth;
    private final long rootId;
    private final boolean enabled;
    private final org.wfed.core.internal.org.UnitPaths paths;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "wfed-demo"));
    private final List<DemoDataProvider> pending = new ArrayList<>();
    private final org.wfed.core.Cluster cluster;
    private volatile boolean ready;

    @Activate
    public DemoLoader(BundleContext context, @Reference Database db, @Reference AuthService auth, @Reference FirstStart first,
                      @Reference org.wfed.core.internal.org.UnitPaths paths, @Reference org.wfed.core.Cluster cluster) {
        this.db = db;
        this.paths = paths;
        this.auth = auth;
        this.rootId = first.rootUnitId();
        String flag = Settings.get(context, null, "demo", "0");
        this.enabled = flag.equals("1") || flag.equalsIgnoreCase("true");
        this.cluster = cluster;
        if (enabled) {
            // one node loads; the others find the ledger (core_demo_applied) filled when they next look
            worker.execute(() -> cluster.alone("core.demo", this::loadCore));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(DemoDataProvider provider) {
        synchronized (pending) {
            pending.add(provider);
        }
        if (enabled && ready) {
            worker.execute(() -> cluster.alone("core.demo", this::runProviders));
        }
    }

    void removeProvider(DemoDataProvider provider) {
        synchronized (pending) {
            pending.remove(provider);
        }
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }

    private void loadCore() {
        try {
            db.write(c -> {
                if (!applied(c, "core")) {
                    new DemoDistrictBuilder(c, rootId).build();
                    markApplied(c, "core");
                    LOG.info("demo district loaded; demo users (街道/社区) share the admin password");
                }
                return null;
            });
            paths.invalidate();
            ready = true;
            runProviders();
        } catch (RuntimeException e) {
            LOG.error("demo data failed", e);
        }
    }

    private void runProviders() {
        List<DemoDataProvider> todo;
        synchronized (pending) {
            todo = new ArrayList<>(pending);
        }
        for (DemoDataProvider p : todo) {
            try {
                db.write(c -> {
                    if (!applied(c, p.id())) {
                        Caller admin = auth.callerById(c, adminId(c)).orElseThrow();
                        p.load(c, admin, district(c));
                        markApplied(c, p.id());
                        LOG.info("demo data of {} loaded", p.id());
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("demo data of {} failed", p.id(), e);
            }
        }
    }

    private static long adminId(Connection c) throws SQLException {
        return Jdbc.number(c, "SELECT id FROM core_user WHERE username = 'admin'");
    }

    /** The demo district as it is in the database: streets, their communities, their people. */
    private DemoDistrict district(Connection c) throws SQLException {
        List<Long> streets = Jdbc.list(c, "SELECT id FROM core_unit WHERE parent_id = ? AND status = 'ACTIVE' ORDER BY id",
                rs -> rs.getLong(1), rootId);
        Map<Long, List<Long>> communities = new LinkedHashMap<>();
        Map<Long, List<Long>> people = new LinkedHashMap<>();
        for (long s : streets) {
            List<Long> cs = Jdbc.list(c, "SELECT id FROM core_unit WHERE parent_id = ? AND status = 'ACTIVE' ORDER BY id", rs -> rs.getLong(1), s);
            communities.put(s, cs);
            for (long cid : cs) {
                people.put(cid, Jdbc.list(c, "SELECT id FROM core_person WHERE unit_id = ? ORDER BY sex, id", rs -> rs.getLong(1), cid));
            }
        }
        return new DemoDistrict(rootId, streets, communities, people);
    }

    private static boolean applied(Connection c, String id) throws SQLException {
        return Jdbc.number(c, "SELECT COUNT(*) FROM core_demo_applied WHERE provider_id = ?", id) > 0;
    }

    private static void markApplied(Connection c, String id) throws SQLException {
        Jdbc.update(c, "INSERT INTO core_demo_applied (provider_id, applied_at) VALUES (?, ?)", id, Instant.now());
    }
}
