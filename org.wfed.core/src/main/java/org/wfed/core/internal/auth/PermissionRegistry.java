package org.wfed.core.internal.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.wfed.core.Role;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;

/** Every permission the present modules declare; a role holds those that name it. */
@Component(service = PermissionRegistry.class)
public final class PermissionRegistry {

    private final List<PermissionProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(PermissionProvider p) {
        providers.add(p);
    }

    void removeProvider(PermissionProvider p) {
        providers.remove(p);
    }

    public List<Permission> all() {
        List<Permission> out = new ArrayList<>();
        providers.forEach(p -> out.addAll(p.permissions()));
        out.sort(Comparator.comparing(Permission::id));
        return out;
    }

    /** The ids of the permissions that ask their holders for a second sign-in factor. */
    public Set<String> twoFactorPermissions() {
        Set<String> out = new HashSet<>();
        providers.forEach(p -> p.permissions().stream().filter(Permission::twoFactor).forEach(perm -> out.add(perm.id())));
        return out;
    }

    public Set<String> grantedTo(Set<Role> roles) {
        Set<String> out = new HashSet<>();
        for (PermissionProvider p : providers) {
            for (Permission perm : p.permissions()) {
                if (perm.roles().stream().anyMatch(roles::contains)) {
                    out.add(perm.id());
                }
            }
        }
        return out;
    }
}
