package org.wfed.core.internal;

import org.osgi.framework.BundleContext;
import org.wfed.core.SettingSources;

/** Core's settings: the first of {@link SettingSources} that holds a value, else the default. */
public final class Settings {
    private Settings() {
    }

    public static String get(BundleContext context, String configured, String name, String defaultValue) {
        return SettingSources.of(context, "configured", configured, name).stream().findFirst()
                .map(SettingSources.Source::value).orElse(defaultValue);
    }

    public static int getInt(BundleContext context, int configured, String name, int defaultValue) {
        String v = get(context, configured > 0 ? String.valueOf(configured) : null, name, null);
        return v == null ? defaultValue : Integer.parseInt(v.trim());
    }
}
