package org.wfed.core.internal.system;

import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the OSGi framework when the process is asked to end (SIGTERM, Ctrl-C, a service manager's stop),
 * which the launcher does not do: every bundle then stops in order, and the database shuts down with a
 * checkpoint instead of replaying its log at the next start.
 */
@Component(immediate = true)
public final class StopOnSignal {
    private static final Logger LOG = LoggerFactory.getLogger(StopOnSignal.class);
    /** How long the process waits for the bundles to stop before it ends anyway. */
    static final long WAIT_SECONDS = 30;

    private final Thread hook;

    @Activate
    public StopOnSignal(BundleContext context) {
        Framework framework = (Framework) context.getBundle(0);
        this.hook = new Thread(() -> stop(framework), "wfed-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (BundleException | InterruptedException | RuntimeException e) {
            LOG.warn("wfed did not stop cleanly: {}", e.toString());
        }
    }

    @Deactivate
    void deactivate() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: this deactivation is part of it
        }
    }
}
