package org.wfed.core.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Login and session rules (PID {@code org.wfed.security}); 0 means "environment or default". */
@ObjectClassDefinition(name = "wfed security")
public @interface SecurityConfig {
    @AttributeDefinition(description = "PBKDF2 iterations for new hashes (default 600000; WFED_PASSWORD_ITERATIONS)")
    int passwordIterations() default 0;

    @AttributeDefinition(description = "Minimum password length (default 10)")
    int passwordMinLength() default 0;

    @AttributeDefinition(description = "Failed logins before the account locks (default 5)")
    int maxFailedLogins() default 0;

    @AttributeDefinition(description = "Minutes an account stays locked (default 15)")
    int lockoutMinutes() default 0;

    @AttributeDefinition(description = "Idle minutes before a session ends (default 30; WFED_SESSION_TIMEOUT)")
    int sessionTimeout() default 0;
}
