package org.wfed.activities.internal;

import static org.wfed.core.Role.STAFF;
import static org.wfed.core.Role.SYSTEM_ADMIN;
import static org.wfed.core.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;

/** Declares the module's permissions and the roles holding them by default. */
@Component
public final class ActivitiesPermissionProvider implements PermissionProvider {
    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(ActivitiesPermissions.READ, "查看活动与评选", "View activities and contests",
                        Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(ActivitiesPermissions.MANAGE, "登记活动、组织评选", "Record activities, run contests",
                        Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(ActivitiesPermissions.JUDGE, "评选评委打分", "Score contest nominees",
                        Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(ActivitiesPermissions.APPROVE, "审定评选结果与表彰", "Approve contest results",
                        Set.of(SYSTEM_ADMIN, UNIT_ADMIN)),
                new Permission(ActivitiesPermissions.CONFIGURE, "配置评选类型和活动类型", "Configure contest and activity types",
                        Set.of(SYSTEM_ADMIN)));
    }
}
