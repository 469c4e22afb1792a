package org.wfed.core.internal.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.internal.Daemons;
import org.wfed.core.SettingSources;
import org.wfed.core.internal.boot.Boot;

/**
 * One version of a plugin at a time. A plugin file whose symbolic name is already present replaces the older
 * version: the older file moves to {@code <data>/plugins-replaced/} and its bundle goes. An older version than
 * the one present (a downgrade) is refused, its file moved to {@code <data>/plugins-refused/}, unless
 * WFED_PLUGIN_DOWNGRADE=true; so is a second copy of the same version. A file overwritten in place with an older
 * version is refused the same way. Every decision is in the log and on the 系统维护 page.
 */
@Component(immediate = true)
public final class PluginUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(PluginUpdates.class);

    private final BundleContext context;
    private final PluginWatch watch;
    private final boolean downgradeAllowed;
    private final SynchronousBundleListener listener = this::changed;
    /** Versions of the plugin bundles, to see an update in place that went backwards. */
    private final Map<Long, Version> versions = new ConcurrentHashMap<>();
    private final ExecutorService work = Daemons.executor("wfed-plugin-updates");

    @Activate
    public PluginUpdates(BundleContext context, @Reference PluginWatch watch) {
        this.context = context;
        this.watch = watch;
        this.downgradeAllowed = SettingSources.of(context, "configured", null, "pluginDowngrade").stream().findFirst()
                .map(s -> s.value().equalsIgnoreCase("true") || s.value().equals("1")).orElse(false);
        context.addBundleListener(listener);
        for (Bundle b : context.getBundles()) {
            if (PluginWatch.isPlugin(b)) {
                versions.put(b.getBundleId(), b.getVersion());
            }
        }
        for (Bundle b : context.getBundles()) {
            if (PluginWatch.isPlugin(b)) {
                installed(b);
            }
        }
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(listener);
        work.shutdownNow();
    }

    private void changed(BundleEvent event) {
        Bundle b = event.getBundle();
        if (!PluginWatch.isPlugin(b)) {
            return;
        }
        switch (event.getType()) {
            case BundleEvent.INSTALLED -> {
                versions.put(b.getBundleId(), b.getVersion());
                installed(b);
            }
            case BundleEvent.UPDATED -> {
                Version before = versions.put(b.getBundleId(), b.getVersion());
                if (before != null && b.getVersion().compareTo(before) < 0 && !downgradeAllowed) {
                    refuse(b, "降级被拒绝：文件被替换为较旧的版本 " + b.getVersion() + "（原为 " + before + "）；需设置 WFED_PLUGIN_DOWNGRADE=true"
                            + " (downgrade from " + before + " to " + b.getVersion() + " refused; set WFED_PLUGIN_DOWNGRADE=true to allow it)");
                }
            }
            case BundleEvent.UNINSTALLED -> versions.remove(b.getBundleId());
            default -> {
            }
        }
    }

    /** Compares a new plugin with the others of its symbolic name and keeps one. */
    private void installed(Bundle added) {
        for (Bundle other : context.getBundles()) {
            if (other.getBundleId() == added.getBundleId() || !PluginWatch.isPlugin(other)
                    || other.getState() == Bundle.UNINSTALLED || !added.getSymbolicName().equals(other.getSymbolicName())) {
                continue;
            }
            int c = added.getVersion().compareTo(other.getVersion());
            if (c > 0 || (c < 0 && downgradeAllowed)) {
                LOG.warn("插件更新 plugin {} {} replaces {} (file {} moved to plugins-replaced)", added.getSymbolicName(),
                        added.getVersion(), other.getVersion(), PluginWatch.file(other));
                work.execute(() -> retire(other, "plugins-replaced"));
            } else if (c < 0) {
                refuse(added, "降级被拒绝：已有版本 " + other.getVersion() + "，新文件为 " + added.getVersion() + "；需设置 WFED_PLUGIN_DOWNGRADE=true"
                        + " (downgrade to " + added.getVersion() + " refused: " + other.getVersion() + " is present; set WFED_PLUGIN_DOWNGRADE=true to allow it)");
                return;
            } else {
                refuse(added, "重复的插件：与 " + PluginWatch.file(other) + " 相同的版本 " + added.getVersion()
                        + " (the same plugin and version as " + PluginWatch.file(other) + ")");
                return;
            }
        }
    }

    private void refuse(Bundle b, String problem) {
        File file = PluginWatch.file(b);
        File moved = file == null ? null : new File(folder("plugins-refused"), file.getName());
        watch.refuse(moved == null ? new File(b.getLocation()) : moved, b.getSymbolicName(), b.getVersion().toString(), problem);
        work.execute(() -> retire(b, "plugins-refused"));
    }

    /** Moves the bundle's file out of the plugins folder and uninstalls the bundle. */
    private void retire(Bundle b, String into) {
        File file = PluginWatch.file(b);
        try {
            if (file != null && file.isFile()) {
                Files.move(file.toPath(), new File(folder(into), file.getName()).toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("could not move {} to {}: {}", file, into, e.getMessage());
        }
        try {
            if (b.getState() != Bundle.UNINSTALLED) {
                b.uninstall();
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("could not uninstall plugin {}: {}", b.getSymbolicName(), e.getMessage());
        }
    }

    private static File folder(String name) {
        File data = Boot.settings() == null ? new File(".") : Boot.settings().dataFolder();
        File f = new File(data, name);
        f.mkdirs();
        return f;
    }
}
