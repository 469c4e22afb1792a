package org.wfed.core.internal.system;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.internal.Daemons;
import org.wfed.core.extension.WfedModule;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * Whether wfed is ready, and what it still waits for: every bundle of the deployment active, every DS component
 * satisfied (so every module has migrated and registered), and every REST resource and extension of the
 * {@code wfed} application taken in by the JAX-RS whiteboard (so sign-in answers). A component that failed,
 * a plugin that cannot run, or a resource the whiteboard refused is DOWN with its reason; so is anything still
 * missing once the start has made no progress for {@link #SETTLE_SECONDS} ({@link StartProgress}: a loaded machine
 * starts slowly but steadily, and is awaited), or after it was first ready (a module stopped later is down, not
 * awaited). Read by {@code GET /api/health}; once ready, the
 * terminal gets the address to open.
 */
@Component(service = Readiness.class, immediate = true)
public final class Readiness {
    private static final Logger PEOPLE = LoggerFactory.getLogger("wfed");
    /** After this long without progress, what is still missing is reported as DOWN instead of awaited. */
    static final long SETTLE_SECONDS = 60;

    /** What is not well, and why. */
    public record Problem(String name, String reason) {
    }

    /** The answer: STARTING, UP or DEGRADED; the modules present; what it waits for; what is down. */
    public record State(String status, List<String> modules, List<String> waitingFor, List<Problem> down) {
        public boolean ready() {
            return !"STARTING".equals(status);
        }
    }

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final JaxrsServiceRuntime jaxrs;
    private final PluginWatch plugins;
    private final List<WfedModule> modules = new CopyOnWriteArrayList<>();
    /** Set once everything was ready: the start is over. */
    private volatile boolean started;
    private final StartProgress progress = new StartProgress(SETTLE_SECONDS * 1000, ManagementFactory.getRuntimeMXBean().getStartTime());
    /** Set once the start was announced and {@link #afterReady} work handed on (guarded by {@code afterReady}). */
    private boolean announced;
    private final ScheduledExecutorService announcer = Daemons.scheduler("wfed-ready");
    /** Background work that waits for the start to be over ({@link #afterReady}), so that it does not slow it. */
    private final List<Runnable> afterReady = new ArrayList<>();

    @Activate
    public Readiness(BundleContext context, @Reference ServiceComponentRuntime scr, @Reference JaxrsServiceRuntime jaxrs,
                     @Reference PluginWatch plugins) {
        this.context = context;
        this.scr = scr;
        this.jaxrs = jaxrs;
        this.plugins = plugins;
        announcer.scheduleWithFixedDelay(this::announceWhenReady, 200, 200, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        announcer.shutdownNow();
    }

    /** Once ready, tells the person at the terminal where wfed answers, with what, and stops looking. */
    private void announceWhenReady() {
        State s = state();
        if (!s.ready()) {
            return;
        }
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        List<String> pluginNames = plugins.plugins().stream().map(p -> p.symbolicName() + " " + p.version() + " " + p.state()).toList();
        PEOPLE.info("wfed 已就绪 ready ({} s): http://localhost:{}/ — 模块 modules: {}; 插件 plugins: {}",
                String.format("%.1f", seconds), context.getProperty("org.osgi.service.http.port"), String.join(", ", s.modules()),
                pluginNames.isEmpty() ? "无 none" : String.join(", ", pluginNames));
        for (Problem p : s.down()) {
            PEOPLE.warn("不可用 DOWN: {} — {}", p.name(), p.reason());
        }
        List<Runnable> due;
        synchronized (afterReady) {
            due = new ArrayList<>(afterReady);
            afterReady.clear();
            announced = true;
        }
        due.forEach(Readiness::runQuietly);
        announcer.shutdown();
    }

    /**
     * Runs {@code task} once wfed is ready (at once when it is already): for background work at start (backfills,
     * warm-ups) that competes for the cores with the start itself. The task should only hand its work to its own
     * thread; it runs on the readiness check's.
     */
    public void afterReady(Runnable task) {
        synchronized (afterReady) {
            if (!announced) {
                afterReady.add(task);
                return;
            }
        }
        runQuietly(task);
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Readiness.class).warn("work after ready failed", e);
        }
    }

    public State state() {
        List<String> waiting = new ArrayList<>();
        List<Problem> down = new ArrayList<>();
        collect(false, waiting, down);
        // after the start, what is missing is down (a module stopped in the web console), not awaited; during it,
        // only once nothing has changed for a while
        boolean settled = started || progress.settled(waiting, System.currentTimeMillis());
        if (settled && !waiting.isEmpty()) {
            waiting.clear();
            down.clear();
            collect(true, waiting, down);
        }
        for (PluginWatch.Plugin p : plugins.plugins()) {
            if (p.problem() != null) {
                down.add(new Problem("plugin " + (p.symbolicName() == null ? p.location() : p.symbolicName()), p.problem()));
            }
        }
        String status = !waiting.isEmpty() ? "STARTING" : down.isEmpty() ? "UP" : "DEGRADED";
        started |= waiting.isEmpty();
        return new State(status, modules(), waiting, down);
    }

    /** What is awaited (or, once {@code settled}, down) and what failed, of bundles, components and REST resources. */
    private void collect(boolean settled, List<String> waiting, List<Problem> down) {
        bundles(settled ? null : waiting, down);
        components(waiting, down, settled);
        rest(waiting, down, settled);
    }

    private void bundles(List<String> waiting, List<Problem> down) {
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() == 0 || PluginWatch.isPlugin(b) || b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            boolean lazy = b.getState() == Bundle.STARTING
                    && Constants.ACTIVATION_LAZY.equals(b.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY));
            if (b.getState() != Bundle.ACTIVE && !lazy) {
                String name = "bundle " + b.getSymbolicName();
                if (waiting != null) {
                    waiting.add(name + " (" + PluginWatch.state(b) + ")");
                } else {
                    down.add(new Problem(name, "not active (" + PluginWatch.state(b) + ")"));
                }
            }
        }
    }

    private void components(List<String> waiting, List<Problem> down, boolean settled) {
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            Bundle owner = context.getBundle(d.bundle.id);
            if (!scr.isComponentEnabled(d) || owner == null || PluginWatch.isPlugin(owner)) {
                // a plugin's components are PluginWatch's: it reports them and withdraws the plugin
                continue;
            }
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                String name = "component " + d.name + " (" + d.bundle.symbolicName + ")";
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    down.add(new Problem(name, c.failure == null ? "activation failed" : firstLine(c.failure)));
                } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    List<String> missing = new ArrayList<>();
                    for (UnsatisfiedReferenceDTO r : c.unsatisfiedReferences) {
                        missing.add(serviceOf(d, r.name) + (r.target == null ? "" : " " + r.target));
                    }
                    if (settled) {
                        down.add(new Problem(name, "missing service: " + String.join(", ", missing)));
                    } else {
                        waiting.add(name + " needs " + String.join(", ", missing));
                    }
                }
            }
        }
    }

    /** Every resource and extension registered for the wfed application is in it, or refused with a reason. */
    private void rest(List<String> waiting, List<Problem> down, boolean settled) {
        RuntimeDTO runtime = jaxrs.getRuntimeDTO();
        Set<Long> taken = new HashSet<>();
        for (ApplicationDTO app : runtime.applicationDTOs) {
            if (WfedApplication.NAME.equals(app.name)) {
                for (BaseDTO r : app.resourceDTOs) {
                    taken.add(r.serviceId);
                }
                for (BaseDTO e : app.extensionDTOs) {
                    taken.add(e.serviceId);
                }
            }
        }
        if (runtime.defaultApplication != null && WfedApplication.NAME.equals(runtime.defaultApplication.name)) {
            taken.add(runtime.defaultApplication.serviceId);
        }
        for (FailedResourceDTO f : runtime.failedResourceDTOs) {
            down.add(new Problem("REST resource " + f.name + " (service " + f.serviceId + ")", "refused by the JAX-RS whiteboard, reason " + f.failureReason));
            taken.add(f.serviceId);
        }
        for (BaseDTO f : runtime.failedExtensionDTOs) {
            taken.add(f.serviceId);
        }
        for (String kind : List.of("osgi.jaxrs.resource", "osgi.jaxrs.extension")) {
            for (ServiceReference<?> ref : references("(&(" + kind + "=true)(osgi.jaxrs.application.select=" + WfedApplication.SELECT.replace("(", "\\(").replace(")", "\\)") + "))")) {
                long id = (Long) ref.getProperty(Constants.SERVICE_ID);
                if (!taken.contains(id)) {
                    String name = "REST " + kind.substring("osgi.jaxrs.".length()) + " " + ref.getProperty("component.name");
                    if (settled) {
                        down.add(new Problem(name, "not taken in by the JAX-RS whiteboard"));
                    } else {
                        waiting.add(name);
                    }
                }
            }
        }
    }

    private ServiceReference<?>[] references(String filter) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, filter);
            return refs == null ? new ServiceReference<?>[0] : refs;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(filter, e);
        }
    }

    /** Module ids: core first, then the others in order. */
    private List<String> modules() {
        TreeSet<String> ids = new TreeSet<>();
        modules.forEach(m -> ids.add(m.id()));
        ids.remove("core");
        List<String> out = new ArrayList<>();
        out.add("core");
        out.addAll(ids);
        return out;
    }

    /** Holding every module's service keeps it active: its migration runs once, when it registers. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(WfedModule m) {
        modules.add(m);
    }

    void removeModule(WfedModule m) {
        modules.remove(m);
    }

    /** The service interface a reference asks for (constructor references are named $000, $001, …). */
    private static String serviceOf(ComponentDescriptionDTO d, String reference) {
        for (org.osgi.service.component.runtime.dto.ReferenceDTO r : d.references) {
            if (r.name.equals(reference)) {
                return r.interfaceName.substring(r.interfaceName.lastIndexOf('.') + 1);
            }
        }
        return reference;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).trim();
    }
}
