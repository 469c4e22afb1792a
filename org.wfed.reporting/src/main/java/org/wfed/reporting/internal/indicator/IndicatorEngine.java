package org.wfed.reporting.internal.indicator;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.extension.Batch;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Values;
import org.wfed.reporting.internal.ReportingSettings;

/**
 * Computes the present indicators over a unit's subtree as it stood in a period: one call (ideally
 * one aggregate query) per plain indicator, summed up the tree by the scope; no per-unit queries.
 * A failing indicator is logged and left empty so that one broken plugin does not break a report.
 *
 * <p>The indicators of a request are one queue per scope (a year and the year before) that the request's
 * own thread works through, helped by the shared helper threads ({@code threads - 1}, default 1: two
 * cores): a table of two years gets a helper for the year before at any load (each thread reads its own
 * year's index pages), and a helper goes on to another year's indicators, or helps with a single year,
 * only while the machine has an idle core (load average below the cores; see {@link #idleCore}). A helper
 * busy with another request never makes this one wait: the request's thread then computes every
 * indicator itself, as it would alone. Each indicator takes its own pooled connection for its one query.
 * The indicators of one call share a {@link SharedBatch}: those answering from one shared pass
 * ({@link org.wfed.core.extension.SqlPass}) cost one query per scope together.
 * Figures of approved (locked) years come from {@link LockedFigures} once computed.
 */
@Component(service = IndicatorEngine.class, configurationPid = "org.wfed.reporting")
public final class IndicatorEngine {
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorEngine.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

    /** How a computation runs: {@code stop} is asked before each indicator; {@code parallel} lets the helpers join in. */
    public record Run(BooleanSupplier stop, boolean parallel) {
        /** A user's request: all threads, never stopped. */
        public static final Run REQUEST = new Run(() -> false, true);

        /** Background work: on its own thread only, until {@code stop} answers true. */
        public static Run background(BooleanSupplier stop) {
            return new Run(stop, false);
        }
    }

    private final OrgService orgs;
    private final Contributions contributions;
    private final LockedFigures locked;
    private final ThreadPoolExecutor helpers;
    private final int slowMillis;

    @Activate
    public IndicatorEngine(BundleContext context, Map<String, Object> properties, @Reference OrgService orgs,
                           @Reference Contributions contributions, @Reference LockedFigures locked) {
        this.orgs = orgs;
        this.contributions = contributions;
        this.locked = locked;
        ReportingSettings settings = new ReportingSettings(context, properties, System::getenv);
        int cores = Runtime.getRuntime().availableProcessors();
        ReportingSettings.Value<Integer> threads = settings.number("threads", "reportingThreads", Math.min(2, cores), 64);
        ReportingSettings.Value<Integer> slow = settings.number("slowIndicatorMillis", "reportingSlowIndicatorMillis", 1000, 3_600_000);
        String ignored = ReportingSettings.ignored(threads, slow);
        if (ignored != null) {
            LOG.warn("reporting: ignored the setting {} (not understood)", ignored);
        }
        this.slowMillis = slow.value();
        int helperCount = Math.max(0, threads.value() - 1);
        AtomicInteger n = new AtomicInteger();
        this.helpers = helperCount == 0 ? null : new ThreadPoolExecutor(helperCount, helperCount, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "wfed-reporting-indicator-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        if (helpers != null) {
            helpers.allowCoreThreadTimeOut(true);
        }
    }

    @Deactivate
    void deactivate() {
        if (helpers != null) {
            helpers.shutdown();
        }
    }

    /**
     * Whether a unit is below district level (街道、乡镇、社区、村、基层组织), where small breakdowns are not shown: the
     * kinds of the scopes' roots and children, read in one query the first time an indicator with a breakdown asks
     * (not once per child, member and indicator). A unit gone from the tree is hidden rather than shown.
     */
    private java.util.function.LongPredicate belowDistrict(List<Scope> scopes) {
        java.util.function.Supplier<Map<Long, Boolean>> kinds = new java.util.function.Supplier<>() {
            private volatile Map<Long, Boolean> read;

            @Override
            public Map<Long, Boolean> get() {
                Map<Long, Boolean> r = read;
                if (r == null) {
                    synchronized (this) {
                        if (read == null) {
                            java.util.Set<Long> ids = new java.util.HashSet<>();
                            scopes.forEach(s -> {
                                ids.add(s.root());
                                ids.addAll(s.children());
                            });
                            Map<Long, Boolean> below = new java.util.HashMap<>();
                            orgs.get(ids).forEach((id, u) -> below.put(id, u.kind() != org.wfed.core.dto.UnitKind.DISTRICT
                                    && u.kind() != org.wfed.core.dto.UnitKind.CITY));
                            read = Map.copyOf(below);
                        }
                        r = read;
                    }
                }
                return r;
            }
        };
        return unit -> kinds.get().getOrDefault(unit, true);
    }

    /** Every present indicator for the unit's subtree over the period. */
    public Figures compute(long unitId, Period period) {
        return compute(orgs.scope(unitId, period), contributions.indicators());
    }

    public Figures compute(Scope scope, List<Indicator> indicators) {
        return computeAll(List.of(scope), indicators, Run.REQUEST).get(0);
    }

    /**
     * The figures of every scope (e.g. a period and the year before), one queue of indicators per scope.
     * Once {@code run.stop()} answers true, the remaining indicators are left empty and their failures are
     * no longer logged (the caller is going away).
     */
    public List<Figures> computeAll(List<Scope> scopes, List<Indicator> indicators, Run run) {
        List<Map<String, Rolled>> results = new ArrayList<>();
        List<Queue<Runnable>> queues = new ArrayList<>();
        SharedBatch batch = new SharedBatch();
        java.util.function.LongPredicate belowDistrict = belowDistrict(scopes);
        int tasks = 0;
        for (Scope scope : scopes) {
            Map<String, Rolled> rolled = new ConcurrentHashMap<>();
            results.add(rolled);
            Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
            queues.add(queue);
            boolean keep = locked.lockedYear(scope);
            for (Indicator indicator : indicators) {
                if (indicator.derived() != null) {
                    continue;
                }
                Rolled kept = keep ? locked.get(indicator.id(), scope) : null;
                if (kept != null) {
                    rolled.put(indicator.id(), kept);
                    continue;
                }
                queue.add(() -> {
                    Values values = run.stop().getAsBoolean() ? null : values(indicator, scope, batch, run.stop());
                    if (values != null) {
                        Rolled r = Rolled.of(scope, values)
                                .hidingFew(indicator.smallestShown(), scope.root(), belowDistrict);
                        rolled.put(indicator.id(), r);
                        if (keep) {
                            locked.put(indicator.id(), scope, r);
                        }
                    }
                });
                tasks++;
            }
        }
        CountDownLatch done = new CountDownLatch(tasks);
        for (int i = 0; i < helpersFor(run, queues); i++) {
            int first = (i + 1) % queues.size();
            try {
                helpers.execute(() -> drain(queues, first, done, this::mayShare));
            } catch (RejectedExecutionException e) {
                break; // shutting down: this thread does it alone
            }
        }
        drain(queues, 0, done, () -> true);
        awaitHelpers(done);
        List<Figures> out = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            out.add(new Figures(scopes.get(i).root(), indicators, results.get(i)));
        }
        return out;
    }

    /**
     * Works through the queues, beginning with the {@code first}: a thread keeps to one scope's indicators
     * (one year's index pages, one year's shared passes) and goes on to the others when its own is done and
     * {@code share} allows (the request's thread always; a helper only while a core is idle, since two
     * threads on one year's pages wait for each other's latches on a busy machine).
     */
    private static void drain(List<Queue<Runnable>> queues, int first, CountDownLatch done, BooleanSupplier share) {
        for (int q = 0; q < queues.size(); q++) {
            if (q > 0 && !share.getAsBoolean()) {
                return;
            }
            Queue<Runnable> queue = queues.get((first + q) % queues.size());
            Runnable task;
            while ((task = queue.poll()) != null) {
                try {
                    task.run();
                } finally {
                    done.countDown();
                }
            }
        }
    }

    /**
     * How many helpers join the request's thread. Several scopes (a year and the year before) get a helper
     * each, up to the pool, at any load: each thread reads its own year's index pages, so the threads do not
     * wait for each other's page latches (the reason one scope is computed on one thread on a busy machine,
     * see {@link #idleCore}), and the request gets its fair share of a shared machine's cores instead of one
     * thread's. One scope gets helpers only while a core is idle.
     */
    private int helpersFor(Run run, List<Queue<Runnable>> queues) {
        if (!run.parallel() || helpers == null) {
            return 0;
        }
        int tasks = queues.stream().mapToInt(Queue::size).sum();
        if (queues.size() > 1) {
            return Math.min(helpers.getMaximumPoolSize(), queues.size() - 1);
        }
        return idleCore(SYSTEM.getSystemLoadAverage(), SYSTEM.getAvailableProcessors())
                ? Math.min(helpers.getMaximumPoolSize(), tasks - 1) : 0;
    }

    /** Whether a helper may go on with another scope's indicators: a core is idle. */
    private boolean mayShare() {
        return idleCore(SYSTEM.getSystemLoadAverage(), SYSTEM.getAvailableProcessors());
    }

    /**
     * Whether a helper can run on a core of its own: the machine's load average (1 minute) is below its
     * cores. On a machine that is already busy a second thread buys no core, and Derby latches every page
     * it reads exclusively, so two threads reading the same index wait for each other, and a thread
     * preempted while holding a latch holds up the other for a whole time slice: measured at load 9–10
     * on two cores, the two-thread table took twice the wall time of one thread for the same CPU time.
     * An unknown load (−1) counts as idle.
     */
    static boolean idleCore(double loadAverage, int cores) {
        return loadAverage < cores;
    }

    /** Waits for the indicators a helper took; they are bounded by their own queries. */
    private static void awaitHelpers(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Values values(Indicator indicator, Scope scope, Batch batch, BooleanSupplier stop) {
        long started = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            Values values = indicator.values(scope, scope.period(), batch);
            return values == null ? new Values() : values;
        } catch (RuntimeException e) {
            if (stop.getAsBoolean()) {
                return null;
            }
            LOG.error("indicator {} failed for unit {} over {}", indicator.id(), scope.root(), scope.period(), e);
            return null;
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis >= slowMillis) {
                LOG.info("indicator {} took {} ms ({} ms CPU) for unit {} ({} units) over {} – {}", indicator.id(), millis,
                        (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, scope.root(), scope.unitIds().size(),
                        scope.period().from(), scope.period().to());
            }
        }
    }
}
