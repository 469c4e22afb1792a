package org.wfed.core;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Resolves wfed's browser session for parts of the system that sit outside the JAX-RS application
 * (e.g. the Felix web console's login), so they share wfed's sign-in rather than keep their own.
 */
@ProviderType
public interface Sessions {
    /** Name of the session cookie. */
    String COOKIE = "WFED_SESSION";

    /** The caller of a session cookie value, if the session exists and has not timed out. */
    Optional<Caller> caller(String cookieValue);
}
