package org.wfed.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.wfed.core.SettingSources;

/**
 * Reads one of reporting's settings from core's {@link SettingSources} (the ConfigAdmin configuration of PID
 * {@code org.wfed.reporting}, property {@code key}; then {@code wfed.<name>}; then {@code WFED_<NAME>}), then
 * the default. A value that does not parse is reported and the next source is used.
 */
public final class ReportingSettings {
    private final BundleContext context;
    private final Map<String, ?> configured;
    private final Function<String, String> environment;

    public ReportingSettings(BundleContext context, Map<String, ?> configured, Function<String, String> environment) {
        this.context = context;
        this.configured = configured == null ? Map.of() : configured;
        this.environment = environment;
    }

    /** A setting with where it came from, for the status and the log. */
    public record Value<T>(T value, String source, String ignored) {
    }

    public Value<Boolean> bool(String key, String name, boolean defaultValue) {
        return read(key, name, defaultValue, ReportingSettings::parseBoolean);
    }

    /** A whole number from 0 to {@code max}. */
    public Value<Integer> number(String key, String name, int defaultValue, int max) {
        return read(key, name, defaultValue, text -> {
            try {
                int n = Integer.parseInt(text);
                return n >= 0 && n <= max ? n : null;
            } catch (NumberFormatException e) {
                return null;
            }
        });
    }

    private <T> Value<T> read(String key, String name, T defaultValue, Function<String, T> parse) {
        String ignored = null;
        for (SettingSources.Source source : SettingSources.of(context, "ConfigAdmin org.wfed.reporting/" + key,
                configured.get(key), name, environment)) {
            T parsed = parse.apply(source.value());
            if (parsed != null) {
                return new Value<>(parsed, source.name(), ignored);
            }
            ignored = source.name() + "=" + source.value();
        }
        return new Value<>(defaultValue, "default", ignored);
    }

    /** The settings among {@code values} that were not understood, as "source=value, …", or null when none. */
    public static String ignored(Value<?>... values) {
        List<String> out = new ArrayList<>();
        for (Value<?> v : values) {
            if (v.ignored() != null) {
                out.add(v.ignored());
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    /** true/false, on/off, yes/no, 1/0 (any case); null for anything else. */
    static Boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
