package org.wfed.core.internal.system;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.internal.Daemons;
import org.wfed.core.extension.WfedModule;
import org.wfed.core.internal.boot.Boot;

/**
 * Watches local plugins (bundles installed from the plugins folder) and reports every one that cannot run, with
 * the reason, in the log, at {@code GET /api/system/plugins}, on the 系统维护 page and in health (DEGRADED):
 * <ul>
 * <li>it does not resolve (typically built against another core API version): INSTALLED and the framework's reason;</li>
 * <li>one of its components failed (a migration that failed, an exception in a constructor): the plugin is stopped,
 * so its pages, indicators, permissions and endpoints are withdrawn together; FAILED and the component's failure;</li>
 * <li>its file is no bundle (corrupt, or not a plugin at all): REFUSED with what is wrong;</li>
 * <li>an older version of a plugin already present, or a second copy of one ({@link PluginUpdates}): REFUSED.</li>
 * </ul>
 */
@Component(service = PluginWatch.class, immediate = true)
public final class PluginWatch {
    private static final Logger LOG = LoggerFactory.getLogger(PluginWatch.class);
    /** A file this much older than now that is still no bundle is reported (FileInstall polls every second). */
    private static final long SETTLE_MILLIS = 3_000;

    /** A bundle (or file) from the plugins folder, its state and, when it cannot run, why. */
    public record Plugin(long bundleId, String symbolicName, String version, String location, String state, String problem) {
    }

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final SynchronousBundleListener listener = this::changed;
    /** Plugins stopped because a component failed, by bundle id: the failure. */
    private final Map<Long, String> failed = new ConcurrentHashMap<>();
    /** Files refused (not a bundle, a downgrade, a duplicate), by file: the entry to show. */
    private final Map<File, Plugin> refused = new ConcurrentHashMap<>();
    private final Set<File> reported = ConcurrentHashMap.newKeySet();
    private final Set<Long> unresolvedReported = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService checks = Daemons.scheduler("wfed-plugin-watch");

    @Activate
    public PluginWatch(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        context.addBundleListener(listener);
        checks.scheduleWithFixedDelay(this::check, 500, 500, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(listener);
        checks.shutdownNow();
    }

    private void changed(BundleEvent event) {
        Bundle b = event.getBundle();
        if (!isPlugin(b)) {
            return;
        }
        if (event.getType() == BundleEvent.INSTALLED) {
            LOG.info("plugin installed: {} {}", b.getSymbolicName(), b.getVersion());
        }
        if (event.getType() == BundleEvent.UPDATED || event.getType() == BundleEvent.UNINSTALLED) {
            failed.remove(b.getBundleId());
            unresolvedReported.remove(b.getBundleId());
        }
    }

    /** Records a file refused by the update rules, and shows it until the file is gone. */
    void refuse(File file, String symbolicName, String version, String problem) {
        LOG.error("插件被拒绝 plugin refused: {} — {}", file, problem);
        refused.put(file, new Plugin(-1, symbolicName, version, file.getPath(), "REFUSED", problem));
    }

    /** Stops plugins whose components failed, and reports files that never became bundles. */
    private void check() {
        try {
            FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
            for (Bundle b : context.getBundles()) {
                if (isPlugin(b) && b.getState() == Bundle.ACTIVE) {
                    String failure = failedComponent(b);
                    if (failure != null) {
                        withdraw(b, failure);
                    }
                } else if (isPlugin(b) && b.getState() == Bundle.INSTALLED && unresolvedReported.add(b.getBundleId())
                        && !wiring.resolveBundles(List.of(b))) {
                    reason(b);
                }
            }
            strayFiles();
        } catch (RuntimeException e) {
            LOG.warn("plugin check failed: {}", e.toString());
        }
    }

    /** The failure to show: the module component's if it failed (the others fail for want of it), else the first. */
    private String failedComponent(Bundle b) {
        String first = null;
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    String why = c.failure == null ? "activation failed" : c.failure;
                    int nl = why.indexOf('\n');
                    String line = d.name + ": " + (nl < 0 ? why : why.substring(0, nl)).trim();
                    if (java.util.Arrays.asList(d.serviceInterfaces).contains(WfedModule.class.getName())) {
                        return line;
                    }
                    first = first == null ? line : first;
                }
            }
        }
        return first;
    }

    /** One failed component takes the whole plugin away: no page or indicator stays that cannot answer. */
    private void withdraw(Bundle b, String failure) {
        String problem = "插件组件启动失败，插件已停用（a component of the plugin failed; the plugin is stopped）: " + failure;
        failed.put(b.getBundleId(), problem);
        LOG.error("plugin {} {} stopped: {}", b.getSymbolicName(), b.getVersion(), failure);
        try {
            b.stop(Bundle.STOP_TRANSIENT);
        } catch (BundleException e) {
            LOG.warn("plugin {} could not be stopped: {}", b.getSymbolicName(), e.getMessage());
        }
    }

    /** Jars in the plugins folder that no bundle came from: corrupt, or not bundles. */
    private void strayFiles() {
        File folder = Boot.settings() == null ? null : Boot.settings().pluginsFolder();
        File[] jars = folder == null ? null : folder.listFiles((d, n) -> n.endsWith(".jar"));
        Set<String> installed = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            File f = file(b);
            if (f != null) {
                installed.add(f.getAbsolutePath());
            }
        }
        Set<File> present = new HashSet<>();
        for (File jar : jars == null ? new File[0] : jars) {
            present.add(jar);
            if (installed.contains(jar.getAbsolutePath()) || refused.containsKey(jar)
                    || System.currentTimeMillis() - jar.lastModified() < SETTLE_MILLIS) {
                continue;
            }
            String problem = notABundle(jar);
            if (problem != null && reported.add(jar)) {
                refuse(jar, null, null, problem);
            }
        }
        refused.keySet().removeIf(f -> !present.contains(f) && !f.exists());
        reported.removeIf(f -> !present.contains(f));
    }

    private static String notABundle(File jar) {
        try (JarFile j = new JarFile(jar)) {
            Manifest mf = j.getManifest();
            String bsn = mf == null ? null : mf.getMainAttributes().getValue("Bundle-SymbolicName");
            if (bsn == null) {
                return "文件不是插件：没有 Bundle-SymbolicName（the file is not an OSGi bundle: no Bundle-SymbolicName）";
            }
            return "插件未能安装，请查看日志（the plugin " + bsn + " was not installed; see the log）";
        } catch (IOException | SecurityException e) {
            return "插件文件已损坏，无法读取（the plugin file is corrupt and cannot be read）: " + e.getMessage();
        }
    }

    /** The file a bundle was installed from, or null. */
    static File file(Bundle b) {
        String location = b.getLocation();
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try {
            return new File(java.net.URI.create(location.replace(" ", "%20")));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the bundle came from the plugins folder. */
    public static boolean isPlugin(Bundle b) {
        String location = b.getLocation();
        return location != null && location.replace('\\', '/').contains("/plugins/");
    }

    public List<Plugin> plugins() {
        List<Plugin> out = new ArrayList<>();
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        for (Bundle b : context.getBundles()) {
            if (!isPlugin(b)) {
                continue;
            }
            String problem = failed.get(b.getBundleId());
            String state = problem != null ? "FAILED" : state(b);
            if (problem == null && b.getState() == Bundle.INSTALLED && !wiring.resolveBundles(List.of(b))) {
                problem = reason(b);
            }
            out.add(new Plugin(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), b.getLocation(), state, problem));
        }
        out.addAll(refused.values());
        return out;
    }

    /** The framework's own explanation, with a Chinese lead for the core API case. */
    private static String reason(Bundle b) {
        try {
            b.start(Bundle.START_TRANSIENT);
            return null;
        } catch (BundleException e) {
            String why = e.getMessage();
            LOG.warn("plugin {} cannot start: {}", b.getSymbolicName(), why);
            if (why != null && why.contains("osgi.wiring.package=org.wfed.core")) {
                return "插件与当前平台API版本不兼容，已拒绝加载（plugin needs another org.wfed.core API version）: " + why;
            }
            return "插件无法加载（plugin cannot resolve）: " + why;
        }
    }

    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> "UNINSTALLED";
        };
    }
}
