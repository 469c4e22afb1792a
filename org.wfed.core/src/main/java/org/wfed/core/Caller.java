package org.wfed.core;

import java.security.Principal;
import java.util.Set;

/**
 * Who is calling: the signed-in user, her unit (with its materialised tree path) and what she may
 * do. Built by core's authentication filter for every request; resources get it through
 * {@link AccessControl#caller(javax.ws.rs.core.SecurityContext)}.
 */
public record Caller(long userId, String username, String displayName, long unitId, String unitPath,
                     Set<Role> roles, Set<String> permissions) implements Principal {

    public Caller {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean has(String permission) {
        return permissions.contains(permission);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
