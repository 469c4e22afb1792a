package org.wfed.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.osgi.framework.BundleContext;

/**
 * Where a wfed setting comes from, in order: the component's ConfigAdmin configuration, the framework or
 * system property {@code wfed.<name>}, the environment variable {@code WFED_<NAME>} (e.g. {@code warmUpDelay}
 * → {@code WFED_WARM_UP_DELAY}); the caller's default comes last. Core and every module read their settings
 * through it, so that one order holds everywhere; it is the only place wfed reads the environment.
 */
public final class SettingSources {
    private SettingSources() {
    }

    /** One place a value was found: what it is called (for logs and status pages) and the value, trimmed. */
    public record Source(String name, String value) {
    }

    /** The sources of setting {@code name} that hold a value, in order; {@code configured} is named {@code configuredName}. */
    public static List<Source> of(BundleContext context, String configuredName, Object configured, String name) {
        return of(context, configuredName, configured, name, System::getenv);
    }

    /** As {@link #of(BundleContext, String, Object, String)}, with the environment given (tests). */
    public static List<Source> of(BundleContext context, String configuredName, Object configured, String name,
                                  Function<String, String> environment) {
        String property = "wfed." + name;
        String env = environmentName(name);
        List<Source> out = new ArrayList<>(3);
        add(out, configuredName, configured == null ? null : String.valueOf(configured));
        add(out, property, context == null ? System.getProperty(property) : context.getProperty(property));
        add(out, env, environment.apply(env));
        return out;
    }

    /** {@code passwordIterations} → {@code WFED_PASSWORD_ITERATIONS}. */
    public static String environmentName(String name) {
        return "WFED_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static void add(List<Source> out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Source(name, value.trim()));
        }
    }
}
