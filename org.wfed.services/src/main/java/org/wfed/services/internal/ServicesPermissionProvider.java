package org.wfed.services.internal;

import static org.wfed.core.Role.STAFF;
import static org.wfed.core.Role.SYSTEM_ADMIN;
import static org.wfed.core.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;
import org.wfed.services.ServicesPermissions;

/** Declares the module's permissions and the roles holding them by default. */
@Component
public final class ServicesPermissionProvider implements PermissionProvider {
    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(ServicesPermissions.READ, "查看妇女发展服务（就业、培训、微心愿）",
                        "View women's development services", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(ServicesPermissions.MANAGE, "登记就业服务、技能培训和微心愿",
                        "Record employment services, training and micro-wishes", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)));
    }
}
