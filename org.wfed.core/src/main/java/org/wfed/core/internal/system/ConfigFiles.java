package org.wfed.core.internal.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.internal.Daemons;
import org.wfed.core.internal.boot.Boot;

/**
 * Configuration files an IT department keeps in version control: {@code <data>/config/<pid>.cfg.json} (a factory
 * configuration: {@code <factoryPid>~<name>.cfg.json}) holds one JSON object of properties, e.g.
 * {@code org.wfed.security.cfg.json} = {@code {"sessionTimeout": 20}}. Applied to ConfigAdmin at start and within
 * {@link #POLL_SECONDS} of a change; a file's values win over the same PID's values changed in the web console.
 * Configurations without a file are kept by ConfigAdmin itself in {@code <data>/config/store}, so both outlive a
 * restart. A file that cannot be read is reported in the log and skipped.
 */
@Component(service = ConfigFiles.class, immediate = true)
public final class ConfigFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigFiles.class);
    static final long POLL_SECONDS = 2;
    /** Marks a configuration that came from a file, for the settings page. */
    public static final String SOURCE = "wfed.config.file";
    private static final String SUFFIX = ".cfg.json";

    private final ConfigurationAdmin cm;
    private final File folder;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> seen = new HashMap<>();
    private final ScheduledExecutorService poll = Daemons.scheduler("wfed-config-files");

    @Activate
    public ConfigFiles(@Reference ConfigurationAdmin cm) {
        this.cm = cm;
        this.folder = Boot.settings() == null ? null : new File(Boot.settings().dataFolder(), "config");
        if (folder != null) {
            scan();
            poll.scheduleWithFixedDelay(this::scan, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void deactivate() {
        poll.shutdownNow();
    }

    /** The folder of the files (null outside a wfed launch). */
    public File folder() {
        return folder;
    }

    synchronized void scan() {
        File[] files = folder.listFiles((d, n) -> n.endsWith(SUFFIX));
        if (files == null) {
            return;
        }
        for (File f : files) {
            Long before = seen.put(f.getName(), f.lastModified());
            if (before == null || before != f.lastModified()) {
                apply(f);
            }
        }
    }

    private void apply(File f) {
        String name = f.getName().substring(0, f.getName().length() - SUFFIX.length());
        try {
            JsonNode root = json.readTree(f);
            if (root == null || !root.isObject()) {
                throw new IOException("the file must hold one JSON object of properties");
            }
            Hashtable<String, Object> props = new Hashtable<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                props.put(e.getKey(), value(e.getKey(), e.getValue()));
            }
            props.put(SOURCE, f.getName());
            int tilde = name.indexOf('~');
            Configuration config = tilde < 0 ? cm.getConfiguration(name, "?")
                    : cm.getFactoryConfiguration(name.substring(0, tilde), name.substring(tilde + 1), "?");
            if (!same(config.getProperties(), props)) {
                config.update(props);
                LOG.info("configuration {} set from {}", config.getPid(), f);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("配置文件无法读取，已跳过 configuration file {} skipped: {}", f, e.getMessage());
        }
    }

    private static Object value(String key, JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToInt() ? (Object) v.intValue() : (Object) v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            v.forEach(x -> out.add(x.asText()));
            return out.toArray(new String[0]);
        }
        throw new IllegalArgumentException("property " + key + " must be a string, number, boolean or array");
    }

    private static boolean same(Dictionary<String, Object> current, Hashtable<String, Object> wanted) {
        if (current == null) {
            return false;
        }
        int count = 0;
        for (Enumeration<String> keys = current.keys(); keys.hasMoreElements(); ) {
            String k = keys.nextElement();
            if (k.startsWith("service.") || k.startsWith("felix.") || k.equals("component.name")) {
                continue;
            }
            count++;
            Object a = current.get(k);
            Object b = wanted.get(k);
            if (a instanceof Object[] aa && b instanceof Object[] bb ? !java.util.Arrays.equals(aa, bb) : !Objects.equals(a, b)) {
                return false;
            }
        }
        return count == wanted.size();
    }
}
