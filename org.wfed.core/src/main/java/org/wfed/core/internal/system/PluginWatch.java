package org.wfed.core.internal.system;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches local plugins (bundles installed from the {@code plugins/} folder). A plugin that does not
 * resolve, typically one built against an incompatible core API version, is reported with the
 * framework's reason, in the log and to admins through {@code GET /api/system/plugins}.
 */
@Component(service = PluginWatch.class, immediate = true)
public final class PluginWatch {
    private static final Logger LOG = LoggerFactory.getLogger(PluginWatch.class);

    /** A bundle from the plugins folder, its state and, when it cannot run, why. */
    public record Plugin(long bundleId, String symbolicName, String version, String location, String state, String problem) {
    }

    private final BundleContext context;
    private final SynchronousBundleListener listener = this::changed;

    @Activate
    public PluginWatch(BundleContext context) {
        this.context = context;
        context.addBundleListener(listener);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(listener);
    }

    private void changed(BundleEvent event) {
        if (event.getType() == BundleEvent.INSTALLED && isPlugin(event.getBundle())) {
            LOG.info("plugin installed: {} {}", event.getBundle().getSymbolicName(), event.getBundle().getVersion());
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
            String problem = null;
            if (b.getState() == Bundle.INSTALLED && !wiring.resolveBundles(List.of(b))) {
                problem = reason(b);
            }
            out.add(new Plugin(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), b.getLocation(), state(b), problem));
        }
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
