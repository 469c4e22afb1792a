package org.wfed.reporting.internal;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.osgi.framework.BundleContext;

/**
 * Reads one of reporting's settings the way core reads its own (core's {@code Settings} is not API):
 * first the ConfigAdmin configuration of PID {@code org.wfed.reporting} (property {@code key}), then the
 * framework or system property {@code wfed.<name>}, then the environment variable {@code WFED_<NAME>},
 * then the default. A value that does not parse is reported and the next source is used.
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
        String property = "wfed." + name;
        String env = "WFED_" + toEnv(name);
        String[][] sources = {
            {"ConfigAdmin org.wfed.reporting/" + key, text(configured.get(key))},
            {property, context == null ? System.getProperty(property) : context.getProperty(property)},
            {env, environment.apply(env)}};
        String ignored = null;
        for (String[] source : sources) {
            if (source[1] == null || source[1].isBlank()) {
                continue;
            }
            T parsed = parse.apply(source[1].trim());
            if (parsed != null) {
                return new Value<>(parsed, source[0], ignored);
            }
            ignored = source[0] + "=" + source[1];
        }
        return new Value<>(defaultValue, "default", ignored);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** true/false, on/off, yes/no, 1/0 (any case); null for anything else. */
    static Boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** reportingWarmUp → REPORTING_WARM_UP */
    static String toEnv(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
