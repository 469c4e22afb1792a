package org.wfed.reporting.internal.warmup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.Cluster;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.dto.OrgUnit;
import org.wfed.reporting.dto.WarmUpStatus;
import org.wfed.reporting.internal.ReportingConfig;
import org.wfed.reporting.internal.ReportingModule;
import org.wfed.reporting.internal.ReportingSettings;
import org.wfed.reporting.internal.indicator.Contributions;
import org.wfed.reporting.internal.indicator.IndicatorEngine;
import org.wfed.reporting.internal.indicator.IndicatorTables;

/**
 * Computes the roll-up once in the background shortly after start, so that the first user's table
 * does not pay for what is cold after a start: Derby compiling every indicator's statement (its
 * statement text depends on the number of units in the scope, so each level of the tree has its own),
 * class loading and the JIT of the roll-up path, and Derby's page cache for the indexes and rows the
 * indicators read. It computes the current year's table with the year before of one community, one
 * street and then the top unit twice (last, so that its statements are the freshest in Derby's statement
 * cache), one indicator query at a time on a pooled connection that is given back after each query,
 * so it never holds a connection or a lock across a user's request. /api/health does not wait for it.
 * Switched off with {@code warmUp=false} (PID {@code org.wfed.reporting}) or {@code WFED_REPORTING_WARM_UP=false}.
 */
@Component(service = RollUpWarmUp.class, immediate = true, configurationPid = "org.wfed.reporting")
@Designate(ocd = ReportingConfig.class)
public final class RollUpWarmUp {
    static final int DEFAULT_DELAY_SECONDS = 3;
    /** The modules register their indicators around the same time as reporting starts: wait for a quiet moment. */
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long SETTLE_MAX_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String TOP_UNITS = "SELECT id FROM core_unit WHERE parent_id IS NULL ORDER BY id";
    private static final Logger LOG = LoggerFactory.getLogger(RollUpWarmUp.class);

    private final IndicatorTables tables;
    private final OrgService orgs;
    private final Contributions contributions;
    private final Database db;
    private final Cluster cluster;
    private final AtomicReference<WarmUpStatus> status = new AtomicReference<>();
    private final ScheduledExecutorService executor;
    private volatile boolean stopped;

    @Activate
    public RollUpWarmUp(BundleContext context, Map<String, Object> properties, @Reference IndicatorTables tables,
                        @Reference OrgService orgs, @Reference Contributions contributions, @Reference Database db,
                        @Reference ReportingModule schema, @Reference Cluster cluster) {
        this.tables = tables;
        this.cluster = cluster;
        this.orgs = orgs;
        this.contributions = contributions;
        this.db = db;
        ReportingSettings settings = new ReportingSettings(context, properties, System::getenv);
        ReportingSettings.Value<Boolean> on = settings.bool("warmUp", "reportingWarmUp", true);
        ReportingSettings.Value<Integer> delay = settings.number("warmUpDelay", "reportingWarmUpDelay", DEFAULT_DELAY_SECONDS, 3600);
        String ignored = ReportingSettings.ignored(on, delay);
        if (ignored != null) {
            LOG.warn("reporting warm-up: ignored the setting {} (not understood)", ignored);
        }
        int seconds = delay.value();
        if (!on.value()) {
            status.set(new WarmUpStatus(false, on.source(), "OFF", seconds, null, List.of(), 0, 0, null, null, null, ignored));
            executor = null;
            LOG.info("reporting warm-up is off ({})", on.source());
            return;
        }
        status.set(new WarmUpStatus(true, on.source(), "WAITING", seconds, null, List.of(), 0, 0, null, null, null, ignored));
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "wfed-reporting-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor = pool;
        // one node of a cluster warms the database at a time; a node that finds another warming skips it
        executor.schedule(() -> {
            if (!cluster.alone("reporting.warm-up", () -> run(on.source(), seconds, ignored))) {
                status.set(new WarmUpStatus(true, on.source(), "ELSEWHERE", seconds, null, List.of(), 0, 0, null, null, null,
                        "another node warms up"));
                executor.shutdown();
            }
        }, seconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        stopped = true;
        if (executor != null) {
            // no interrupt: an interrupted Derby query may close its connection; the run ends at its next indicator.
            // Waiting for that lets a new configuration's warm-up take the job's lock (Cluster.alone) at once.
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public WarmUpStatus status() {
        return status.get();
    }

    private void run(String source, int delay, String ignored) {
        try {
            settle();
            int year = LocalDate.now().getYear();
            int indicators = contributions.indicators().size();
            long started = System.nanoTime();
            Instant startedAt = Instant.now();
            List<Long> units = targets();
            status.set(new WarmUpStatus(true, source, "RUNNING", delay, year, units, indicators, 0, startedAt, null, null, ignored));
            int done = 0;
            for (long unit : units) {
                if (stopped) {
                    break;
                }
                tables.table(unit, Period.year(year), true, IndicatorEngine.Run.background(() -> stopped));
                done++;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            status.set(new WarmUpStatus(true, source, stopped ? "STOPPED" : "DONE", delay, year, units, indicators, done,
                    startedAt, Instant.now(), millis, ignored));
            LOG.info("reporting warm-up {}: {} tables of {} ({} indicators, year {}) in {} ms", stopped ? "stopped" : "done",
                    done, units, indicators, year, millis);
        } catch (RuntimeException | InterruptedException e) {
            WarmUpStatus was = status.get();
            status.set(new WarmUpStatus(true, source, stopped ? "STOPPED" : "FAILED", delay, was.year(), was.units(),
                    was.indicators(), was.tables(), was.startedAt(), Instant.now(), null, String.valueOf(e)));
            if (!stopped) {
                LOG.warn("reporting warm-up failed; the first tables will be computed cold", e);
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            executor.shutdown(); // its one task is done: let the thread go
        }
    }

    /** Waits until no indicator has come or gone for a moment (at most a minute). */
    private void settle() throws InterruptedException {
        long until = System.nanoTime() + SETTLE_MAX_NANOS;
        while (!stopped && System.nanoTime() - contributions.lastChange() < SETTLE_NANOS && System.nanoTime() < until) {
            Thread.sleep(200);
        }
    }

    /**
     * For every top unit: a unit of the lowest level below it (first child of its first child), its first
     * child, then the top unit itself, twice; each level has its own statement texts, and the second run
     * of the costliest table lets the JIT compile the hot path with the first run's profile.
     */
    private List<Long> targets() {
        List<Long> out = new ArrayList<>();
        for (long top : db.read(c -> Jdbc.list(c, TOP_UNITS, rs -> rs.getLong(1)))) {
            List<OrgUnit> children = orgs.children(top);
            if (!children.isEmpty()) {
                List<OrgUnit> grandchildren = orgs.children(children.get(0).id());
                if (!grandchildren.isEmpty()) {
                    out.add(grandchildren.get(0).id());
                }
                out.add(children.get(0).id());
            }
            out.add(top);
            out.add(top);
        }
        return List.copyOf(out);
    }
}
