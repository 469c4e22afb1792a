package org.wfed.core.extension;

import java.util.Set;
import org.wfed.core.Role;

/**
 * A permission a module checks, its labels, and the roles that hold it by default.
 * Ids are {@code <module>.<what>}, e.g. {@code elections.count}. A permission that opens
 * particularly sensitive data or powers (e.g. the rights-protection cases, the system console) sets
 * {@code twoFactor}: whoever holds it must sign in with a second factor (TOTP) as well.
 */
public record Permission(String id, String labelZh, String labelEn, Set<Role> roles, boolean twoFactor) {
    public Permission {
        roles = Set.copyOf(roles);
    }

    /** A permission that needs no second factor of its own. */
    public Permission(String id, String labelZh, String labelEn, Set<Role> roles) {
        this(id, labelZh, labelEn, roles, false);
    }
}
