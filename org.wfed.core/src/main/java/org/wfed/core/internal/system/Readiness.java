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
import org.wfed.core.internal.auth.AuthResource;
import org.wfed.core.internal.boot.Boot;
import org.wfed.core.internal.boot.Fatal;
import org.wfed.core.internal.boot.StartFailure;
import org.wfed.core.extension.WfedModule;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * Whether wfed is ready, and what it still waits for: every bundle of the deployment active, every DS component
 * satisfied (so every module has migrated and registered), every REST resource and extension of the
 * {@code wfed} application taken in by the JAX-RS whiteboard, and sign-in answering over HTTP. A component that
 * failed (and every component that waits for a service only a failed one would give), a bundle that cannot resolve
 * or start, a plugin that cannot run, or a resource the whiteboard refused is DOWN with its reason. What is still
 * pending is awaited however slow the machine is, never reported ready: if the deployment is not ready
 * {@code WFED_START_TIMEOUT} seconds after the process started, or sign-in itself failed, the process ends
 * ({@link StartFailure#NOT_READY}). Once ready, what goes missing (a module stopped in the web console) is down,
 * not awaited. Read by {@code GET /api/health}; once ready, the terminal gets the address to open.
 */
@Component(service = Readiness.class, immediate = true)
public final class Readiness {
    private static final Logger PEOPLE = LoggerFactory.getLogger("wfed");
    /** Used when no launch settings exist (a process not started through core's Boot). */
    static final int DEFAULT_START_TIMEOUT = 300;
    /** The component that serves sign-in: without it wfed is never ready. */
    static final String SIGN_IN = AuthResource.class.getName();

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
    /** Set once sign-in answered over HTTP (anything but 404 or a server error). */
    private volatile boolean signInAnswers;
    private volatile long lastProbe;
    private final ScheduledExecutorService announcer = Daemons.scheduler("wfed-ready");

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
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        if (!s.ready()) {
            giveUpIfHopeless(s, seconds);
            return;
        }
        List<String> pluginNames = plugins.plugins().stream().map(p -> p.symbolicName() + " " + p.version() + " " + p.state()).toList();
        PEOPLE.info("wfed 已就绪 ready ({} s): http://localhost:{}/ — 模块 modules: {}; 插件 plugins: {}",
                String.format("%.1f", seconds), context.getProperty("org.osgi.service.http.port"), String.join(", ", s.modules()),
                pluginNames.isEmpty() ? "无 none" : String.join(", ", pluginNames));
        for (Problem p : s.down()) {
            PEOPLE.warn("不可用 DOWN: {} — {}", p.name(), p.reason());
        }
        announcer.shutdown();
    }

    /**
     * A deployment that cannot become ready ends the process with one line, instead of running and serving nothing:
     * sign-in failed, or something is still awaited when the start-up time is over.
     */
    private void giveUpIfHopeless(State s, double seconds) {
        int timeout = Boot.settings() == null ? DEFAULT_START_TIMEOUT : Boot.settings().startTimeout();
        StartFailure f = null;
        for (Problem p : s.down()) {
            if (p.name().startsWith("component " + SIGN_IN + " ")) {
                f = new StartFailure(StartFailure.NOT_READY, "登录服务无法启动（" + p.reason() + "），详见 logs/wfed.log",
                        "sign-in cannot start (" + p.reason() + "); see logs/wfed.log");
            }
        }
        if (f == null && seconds > timeout) {
            String what = String.join("; ", s.waitingFor());
            f = new StartFailure(StartFailure.NOT_READY, "启动 " + timeout + " 秒后仍未就绪（WFED_START_TIMEOUT），仍在等待：" + what,
                    "not ready " + timeout + " s after the start (WFED_START_TIMEOUT), still waiting for: " + what);
        }
        if (f != null) {
            announcer.shutdown();
            Fatal.exit(f);
        }
    }

    public State state() {
        List<String> waiting = new ArrayList<>();
        List<Problem> down = new ArrayList<>();
        // after the start, what is missing is down (a module stopped in the web console), not awaited
        boolean settled = started;
        bundles(settled ? null : waiting, down);
        components(waiting, down, settled);
        rest(waiting, down, settled);
        for (PluginWatch.Plugin p : plugins.plugins()) {
            if (p.problem() != null) {
                down.add(new Problem("plugin " + (p.symbolicName() == null ? p.location() : p.symbolicName()), p.problem()));
            }
        }
        if (waiting.isEmpty() && !signInAnswers()) {
            waiting.add("sign-in (POST /api/auth/login)");
        }
        String status = !waiting.isEmpty() ? "STARTING" : down.isEmpty() ? "UP" : "DEGRADED";
        started |= waiting.isEmpty();
        return new State(status, modules(), waiting, down);
    }

    /**
     * Asks sign-in over HTTP, as a user's browser will, with a body it must refuse (400): a 404 "No service was
     * found" means the JAX-RS whiteboard has not yet taken sign-in in. Asked at most every 200 ms until it answers.
     */
    private boolean signInAnswers() {
        if (signInAnswers) {
            return true;
        }
        long now = System.currentTimeMillis();
        if (now - lastProbe < 200) {
            return false;
        }
        lastProbe = now;
        String port = Boot.settings() != null ? String.valueOf(Boot.settings().port()) : context.getProperty("org.osgi.service.http.port");
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) new java.net.URL("http://127.0.0.1:" + port + "/api/auth/login").openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (java.io.OutputStream out = c.getOutputStream()) {
                out.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            int code = c.getResponseCode();
            c.disconnect();
            signInAnswers = code != 404 && code < 500;
        } catch (java.io.IOException e) {
            signInAnswers = false;
        }
        return signInAnswers;
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
                boolean stuck = (b.getState() == Bundle.INSTALLED || b.getState() == Bundle.RESOLVED) && startLevelReached();
                if (waiting != null && stuck) {
                    down.add(new Problem(name, b.getState() == Bundle.INSTALLED ? "cannot resolve (INSTALLED)" : "did not start (RESOLVED)"));
                } else if (waiting != null) {
                    waiting.add(name + " (" + PluginWatch.state(b) + ")");
                } else {
                    down.add(new Problem(name, "not active (" + PluginWatch.state(b) + ")"));
                }
            }
        }
    }

    /** The framework has started every bundle of its beginning start level (what did not start will not by itself). */
    private boolean startLevelReached() {
        String beginning = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        int wanted = beginning == null ? 1 : Integer.parseInt(beginning.trim());
        org.osgi.framework.startlevel.FrameworkStartLevel level = context.getBundle(0).adapt(org.osgi.framework.startlevel.FrameworkStartLevel.class);
        return level != null && level.getStartLevel() >= wanted && context.getBundle(0).getState() == Bundle.ACTIVE;
    }

    private void components(List<String> waiting, List<Problem> down, boolean settled) {
        List<ComponentDescriptionDTO> descriptions = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            Bundle owner = context.getBundle(d.bundle.id);
            // a plugin's components are PluginWatch's: it reports them and withdraws the plugin
            if (scr.isComponentEnabled(d) && owner != null && !PluginWatch.isPlugin(owner)) {
                descriptions.add(d);
            }
        }
        // the services no one will give: those of failed components, then of components that wait for those
        List<Dead> dead = new ArrayList<>();
        Set<Long> deadIds = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ComponentDescriptionDTO d : descriptions) {
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    String cause = c.state == ComponentConfigurationDTO.FAILED_ACTIVATION ? d.name
                            : c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE ? deadReference(d, c, dead) : null;
                    if (cause != null && d.serviceInterfaces != null && deadIds.add(c.id)) {
                        dead.add(new Dead(List.of(d.serviceInterfaces), c.properties, cause));
                        grew = true;
                    }
                }
            }
        }
        for (ComponentDescriptionDTO d : descriptions) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                String name = "component " + d.name + " (" + d.bundle.symbolicName + ")";
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    down.add(new Problem(name, c.failure == null ? "activation failed" : firstLine(c.failure)));
                } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    List<String> missing = new ArrayList<>();
                    for (UnsatisfiedReferenceDTO r : c.unsatisfiedReferences) {
                        missing.add(serviceOf(d, r.name) + (r.target == null ? "" : " " + r.target));
                    }
                    String failedCause = deadReference(d, c, dead);
                    if (failedCause != null) {
                        down.add(new Problem(name, "needs a service of " + failedCause + ", which failed: " + String.join(", ", missing)));
                    } else if (settled) {
                        down.add(new Problem(name, "missing service: " + String.join(", ", missing)));
                    } else {
                        waiting.add(name + " needs " + String.join(", ", missing));
                    }
                }
            }
        }
    }

    /** A service a component would give, had it not failed (or had what it waits for not failed). */
    private record Dead(List<String> services, java.util.Map<String, Object> properties, String cause) {
    }

    /**
     * The failed component that one of this configuration's missing services would have come from, or null: the
     * reference's interface is one a dead component would give, and its target (if any) matches that component.
     */
    private static String deadReference(ComponentDescriptionDTO d, ComponentConfigurationDTO c, List<Dead> dead) {
        for (UnsatisfiedReferenceDTO r : c.unsatisfiedReferences) {
            for (org.osgi.service.component.runtime.dto.ReferenceDTO ref : d.references) {
                if (!ref.name.equals(r.name)) {
                    continue;
                }
                for (Dead x : dead) {
                    if (x.services().contains(ref.interfaceName) && matches(r.target, x.properties())) {
                        return x.cause();
                    }
                }
            }
        }
        return null;
    }

    private static boolean matches(String target, java.util.Map<String, Object> properties) {
        if (target == null || target.isBlank()) {
            return true;
        }
        try {
            return org.osgi.framework.FrameworkUtil.createFilter(target).matches(properties == null ? java.util.Map.of() : properties);
        } catch (InvalidSyntaxException e) {
            return false;
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
