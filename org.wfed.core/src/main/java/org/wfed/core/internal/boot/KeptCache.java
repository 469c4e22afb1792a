package org.wfed.core.internal.boot;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * A Felix bundle cache kept between starts ({@code -Dlaunch.keep=true -Dlaunch.storage.dir=…}, as {@code run.sh}
 * starts wfed) saves installing every bundle again at each start. bnd's launcher then updates the bundles whose
 * bytes changed (wfed.jar's manifest carries a digest of each) and installs the missing ones, but it never removes
 * a bundle that is no longer part of the jar: one of another deployment that used the same cache, one uploaded in
 * the web console, a plugin. Core starts before every such bundle (cnf/ext/runtime.bnd), so it removes them here:
 * the framework then runs this jar's bundles only, as with a fresh cache, and FileInstall installs the plugins of
 * the plugins folder afresh.
 */
final class KeptCache {
    private static final Logger LOG = Logger.getLogger(KeptCache.class.getName());

    private KeptCache() {
    }

    /** Uninstalls every bundle not embedded in this jar, when the launcher kept its cache; answers how many. */
    static int dropForeignBundles(BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty("launch.keep")) || !Boolean.parseBoolean(context.getProperty("launch.embedded"))) {
            return 0;
        }
        String listed = context.getProperty("launch.bundles");
        if (listed == null || listed.isBlank()) {
            return 0;
        }
        Set<String> own = new HashSet<>();
        for (String path : listed.split(",")) {
            own.add(path.trim());
        }
        int dropped = 0;
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() == 0 || own.contains(b.getLocation())) {
                continue;
            }
            try {
                LOG.info(() -> "kept bundle cache: removing " + b.getSymbolicName() + " " + b.getVersion() + " (" + b.getLocation()
                        + "), not part of this wfed.jar");
                b.uninstall();
                dropped++;
            } catch (BundleException | IllegalStateException e) {
                LOG.warning("kept bundle cache: cannot remove " + b.getLocation() + ": " + e);
            }
        }
        return dropped;
    }
}
