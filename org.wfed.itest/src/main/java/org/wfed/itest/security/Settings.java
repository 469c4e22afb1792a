package org.wfed.itest.security;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.wfed.itest.Api;

/**
 * Changes the security settings (PID {@code org.wfed.security}) through ConfigAdmin for one test and puts
 * back what was there when closed: the switches the test launch loosens (two-factor, the per-address
 * throttle) are turned on this way by the tests of those features.
 */
final class Settings implements AutoCloseable {
    static final String PID = "org.wfed.security";

    private final Configuration config;
    private final Dictionary<String, Object> previous;

    private Settings(Configuration config, Dictionary<String, Object> previous) {
        this.config = config;
        this.previous = previous;
    }

    static Settings security(Map<String, Object> values) throws Exception {
        return of(PID, values);
    }

    /** The audit settings (PID {@code org.wfed.audit}). */
    static Settings audit(Map<String, Object> values) throws Exception {
        return of("org.wfed.audit", values);
    }

    private static Settings of(String pid, Map<String, Object> values) throws Exception {
        Configuration c = Api.service(ConfigurationAdmin.class).getConfiguration(pid, "?");
        Dictionary<String, Object> before = c.getProperties();
        Hashtable<String, Object> now = new Hashtable<>();
        if (before != null) {
            for (java.util.Enumeration<String> k = before.keys(); k.hasMoreElements(); ) {
                String key = k.nextElement();
                now.put(key, before.get(key));
            }
        }
        now.putAll(values);
        c.update(now);
        return new Settings(c, before);
    }

    /** Polls until the components took the new settings (ConfigAdmin delivers them asynchronously), at most 10 s. */
    void await(Callable<Boolean> effective) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (!effective.call()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the settings did not take effect");
            }
            Api.sleep(200);
        }
    }

    @Override
    public void close() throws Exception {
        if (previous == null) {
            config.delete();
        } else {
            config.update(previous);
        }
        // let the components re-read the settings before the next test signs in
        Api.sleep(1_000);
    }
}
