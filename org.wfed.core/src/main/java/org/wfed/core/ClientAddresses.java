package org.wfed.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a request came from. The connection's peer is the client unless that peer is one of the
 * configured reverse proxies (setting {@code trustedProxies}); only then do the proxy's
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers count, since anyone else can write them.
 */
@ProviderType
public interface ClientAddresses {

    /** The client's address: the peer, or the last address a trusted proxy chain names in X-Forwarded-For. */
    String clientAddress(String peerAddress, String forwardedFor);

    /** Whether the client reached wfed over TLS: directly, or through a trusted proxy that says so. */
    boolean secure(String peerAddress, boolean tls, String forwardedProto);
}
