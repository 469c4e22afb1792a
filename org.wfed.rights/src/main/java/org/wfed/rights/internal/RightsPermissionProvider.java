package org.wfed.rights.internal;

import static org.wfed.core.Role.STAFF;
import static org.wfed.core.Role.SYSTEM_ADMIN;
import static org.wfed.core.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;
import org.wfed.rights.RightsPermissions;

/**
 * Declares the module's permissions. Rights records are the most sensitive data of wfed: a system admin (IT)
 * configures the colour scheme but holds none of the case permissions by default; staff record and see masked
 * records of their subtree; only unit admins may open a record's personal data, each time with a reason, and they
 * sign in with a second factor for it.
 */
@Component
public final class RightsPermissionProvider implements PermissionProvider {
    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(RightsPermissions.READ, "查看维权台账（脱敏）", "View rights records (masked)", Set.of(UNIT_ADMIN, STAFF)),
                new Permission(RightsPermissions.MANAGE, "登记维权个案和三色家庭档案", "Record rights cases and families at risk",
                        Set.of(UNIT_ADMIN, STAFF)),
                new Permission(RightsPermissions.REVEAL, "查看维权当事人完整信息（留痕）", "Open parties' personal data (audited)",
                        Set.of(UNIT_ADMIN), true),
                new Permission(RightsPermissions.CONFIGURE, "配置三色家庭颜色和走访频次", "Configure family colours and visits",
                        Set.of(SYSTEM_ADMIN, UNIT_ADMIN)));
    }
}
