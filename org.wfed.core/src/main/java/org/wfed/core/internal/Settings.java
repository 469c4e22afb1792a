package org.wfed.core.internal;

import org.osgi.framework.BundleContext;

/**
 * Where a setting comes from, in order: the component's ConfigAdmin configuration (passed in),
 * the framework or system property {@code wfed.<name>}, the environment variable {@code WFED_<NAME>},
 * then the built-in default. The only place wfed reads the environment.
 */
public final class Settings {
    private Settings() {
    }

    public static String get(BundleContext context, String configured, String name, String defaultValue) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String property = context == null ? System.getProperty("wfed." + name) : context.getProperty("wfed." + name);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("WFED_" + toEnv(name));
        if (env != null && !env.isBlank()) {
            return env;
        }
        return defaultValue;
    }

    public static int getInt(BundleContext context, int configured, String name, int defaultValue) {
        String v = get(context, configured > 0 ? String.valueOf(configured) : null, name, null);
        return v == null ? defaultValue : Integer.parseInt(v.trim());
    }

    /** passwordIterations → PASSWORD_ITERATIONS */
    static String toEnv(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }
}
