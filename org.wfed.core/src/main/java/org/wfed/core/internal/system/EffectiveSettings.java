package org.wfed.core.internal.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.internal.boot.Boot;
import org.wfed.core.internal.boot.StartSettings;

/**
 * The settings in force, for the 系统维护 page: core's start settings with their sources, and every ConfigAdmin
 * configuration with where it came from (a file in {@code <data>/config}, or ConfigAdmin's own store: the web
 * console or a component). Values of keys that look secret are never shown.
 */
@Component(service = EffectiveSettings.class)
public final class EffectiveSettings {
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential|key).*");

    /** One configuration: its PID, where it came from and its properties as text. */
    public record ConfigView(String pid, String factoryPid, String source, Map<String, String> properties) {
    }

    /** The page's data. */
    public record View(List<StartSettings.Effective> start, String configFolder, List<ConfigView> configurations) {
    }

    private final ConfigurationAdmin cm;
    private final ConfigFiles files;

    @Activate
    public EffectiveSettings(@Reference ConfigurationAdmin cm, @Reference ConfigFiles files) {
        this.cm = cm;
        this.files = files;
    }

    public View view() {
        StartSettings s = Boot.settings();
        List<ConfigView> configs = new ArrayList<>();
        try {
            Configuration[] all = cm.listConfigurations(null);
            for (Configuration c : all == null ? new Configuration[0] : all) {
                Dictionary<String, Object> props = c.getProperties();
                if (props == null) {
                    continue;
                }
                Map<String, String> shown = new TreeMap<>();
                for (Enumeration<String> keys = props.keys(); keys.hasMoreElements(); ) {
                    String k = keys.nextElement();
                    if (k.startsWith("service.") || k.equals(ConfigFiles.SOURCE) || k.startsWith("felix.fileinstall")) {
                        continue;
                    }
                    Object v = props.get(k);
                    shown.put(k, SECRET.matcher(k).matches() ? "******" : v instanceof Object[] a ? String.join(", ", toText(a)) : String.valueOf(v));
                }
                Object file = props.get(ConfigFiles.SOURCE);
                configs.add(new ConfigView(c.getPid(), c.getFactoryPid(),
                        file != null ? "config/" + file : "ConfigAdmin (web console or component)", shown));
            }
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot list the configurations", e);
        }
        configs.sort(Comparator.comparing(ConfigView::pid));
        return new View(s == null ? List.of() : s.effective(), files.folder() == null ? null : files.folder().getPath(), configs);
    }

    private static List<String> toText(Object[] a) {
        List<String> out = new ArrayList<>();
        for (Object o : a) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
