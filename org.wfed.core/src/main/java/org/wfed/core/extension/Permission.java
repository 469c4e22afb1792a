package org.wfed.core.extension;

import java.util.Set;
import org.wfed.core.Role;

/**
 * A permission a module checks, its labels, and the roles that hold it by default.
 * Ids are {@code <module>.<what>}, e.g. {@code elections.count}.
 */
public record Permission(String id, String labelZh, String labelEn, Set<Role> roles) {
    public Permission {
        roles = Set.copyOf(roles);
    }
}
