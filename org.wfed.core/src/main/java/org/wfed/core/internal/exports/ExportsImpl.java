package org.wfed.core.internal.exports;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.exports.Exports;
import org.wfed.core.internal.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The deployment's export settings: local times in {@code timeZone} (default Asia/Shanghai, 北京时间). */
@Component(service = Exports.class)
public final class ExportsImpl implements Exports {
    static final String DEFAULT_ZONE = "Asia/Shanghai";
    private static final Logger LOG = LoggerFactory.getLogger(ExportsImpl.class);

    private final ZoneId zone;

    @Activate
    public ExportsImpl(BundleContext context) {
        this.zone = zone(Settings.get(context, null, "timeZone", DEFAULT_ZONE));
    }

    static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            // a mistyped zone must not stop the deployment, but must be visible
            LOG.error("WFED_TIME_ZONE={} is not a time zone (e.g. Asia/Shanghai); exports use {}", name, DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
