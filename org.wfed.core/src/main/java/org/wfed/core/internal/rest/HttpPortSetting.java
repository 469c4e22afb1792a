package org.wfed.core.internal.rest;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wfed.core.internal.Settings;

/**
 * Applies WFED_PORT when the HTTP service was not started on it already. The start script passes the
 * port as a launch property (no restart); a bare {@code java -jar} with only the environment
 * variable gets the port through ConfigAdmin, which restarts Jetty once.
 */
@Component(immediate = true)
public final class HttpPortSetting {
    private static final Logger LOG = LoggerFactory.getLogger(HttpPortSetting.class);
    static final String HTTP_PID = "org.apache.felix.http";
    static final String PORT = "org.osgi.service.http.port";

    @Activate
    public HttpPortSetting(BundleContext context, @Reference ConfigurationAdmin cm) throws IOException {
        String wanted = Settings.get(context, null, "port", null);
        String launched = context.getProperty(PORT);
        if (wanted == null || wanted.equals(launched == null ? "8080" : launched)) {
            return;
        }
        int port = Integer.parseInt(wanted.trim());
        Configuration config = cm.getConfiguration(HTTP_PID, "?");
        Dictionary<String, Object> props = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
        if (!String.valueOf(port).equals(String.valueOf(props.get(PORT)))) {
            props.put(PORT, port);
            config.update(props);
            LOG.info("HTTP port set to {} from WFED_PORT", port);
        }
    }
}
