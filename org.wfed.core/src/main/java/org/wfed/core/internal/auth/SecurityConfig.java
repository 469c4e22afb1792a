package org.wfed.core.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Login and session rules (PID {@code org.wfed.security}); 0 or "" means "environment or default". */
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

    @AttributeDefinition(description = "Failed sign-ins of one username before each further try must wait, doubling (default 3)")
    int loginThrottleAccount() default 0;

    @AttributeDefinition(description = "Failed sign-ins from one address before each further try must wait, doubling (default 10)")
    int loginThrottleAddress() default 0;

    @AttributeDefinition(description = "Longest life of an API token in days (default 90; WFED_TOKEN_MAX_DAYS)")
    int tokenMaxDays() default 0;

    @AttributeDefinition(description = "ID numbers a user without the reveal right may check against the registry per day"
            + " (default 20000)")
    int idNumberChecksPerDay() default 0;

    @AttributeDefinition(description = "Reverse proxies whose X-Forwarded-For/-Proto count, comma separated (WFED_TRUSTED_PROXIES)")
    String trustedProxies() default "";

    @AttributeDefinition(description = "Who must sign in with two factors: admins (system admins and holders of permissions"
            + " that ask for it; the default), everyone, or none (WFED_TWO_FACTOR)")
    String twoFactor() default "";

    @AttributeDefinition(description = "Further permission ids whose holders must sign in with two factors, comma separated")
    String twoFactorPermissions() default "";
}
