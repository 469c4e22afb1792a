package org.wfed.core.internal.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.wfed.core.ClientAddresses;
import org.wfed.core.internal.Settings;
import org.wfed.core.internal.auth.SecurityConfig;

/**
 * {@link ClientAddresses} with the reverse proxies of setting {@code trustedProxies} (PID
 * {@code org.wfed.security}, WFED_TRUSTED_PROXIES: addresses separated by commas, e.g. the haproxy in
 * front of two nodes). With none configured, X-Forwarded-* headers are ignored: the peer is the client.
 */
@Component(service = ClientAddresses.class, configurationPid = "org.wfed.security")
public final class TrustedProxies implements ClientAddresses {
    /** An IPv4 or IPv6 literal (no names, no ports): anything else in a header is ignored. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private final BundleContext context;
    private volatile Set<String> proxies = Set.of();

    @Activate
    public TrustedProxies(BundleContext context, SecurityConfig config) {
        this.context = context;
        configure(config);
    }

    @Modified
    void configure(SecurityConfig config) {
        proxies = parse(Settings.get(context, config.trustedProxies(), "trustedProxies", ""));
    }

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String clientAddress(String peer, String forwardedFor) {
        return clientAddress(proxies, peer, forwardedFor);
    }

    /** From the right: every hop a trusted proxy added is skipped; the first other address is the client. */
    static String clientAddress(Set<String> proxies, String peer, String forwardedFor) {
        if (forwardedFor == null || !proxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!ADDRESS.matcher(hop).matches()) {
                return client;
            }
            client = hop;
            if (!proxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    @Override
    public boolean secure(String peer, boolean tls, String forwardedProto) {
        return tls || (forwardedProto != null && proxies.contains(peer) && "https".equalsIgnoreCase(forwardedProto.split(",")[0].trim()));
    }
}
