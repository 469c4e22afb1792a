package org.wfed.aid.internal;

import static org.wfed.core.Role.STAFF;
import static org.wfed.core.Role.SYSTEM_ADMIN;
import static org.wfed.core.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.wfed.aid.AidPermissions;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;

/** The aid module's permissions and the roles holding them by default. Health data: admins only. */
@Component
public final class AidPermissionProvider implements PermissionProvider {

    @Override
    public List<Permission> permissions() {
        Set<org.wfed.core.Role> all = Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF);
        return List.of(
                new Permission(AidPermissions.READ, "查看帮扶救助", "View aid", all),
                new Permission(AidPermissions.APPLY, "登记救助对象和申请", "Register beneficiaries and apply", all),
                new Permission(AidPermissions.REVIEW, "审核救助申请", "Review aid applications", Set.of(SYSTEM_ADMIN, UNIT_ADMIN)),
                new Permission(AidPermissions.PAY, "登记救助发放", "Record aid payments", Set.of(SYSTEM_ADMIN, UNIT_ADMIN)),
                new Permission(AidPermissions.CONFIGURE, "设置救助项目", "Configure aid programmes", Set.of(SYSTEM_ADMIN)),
                new Permission(AidPermissions.SCREEN, "登记两癌筛查和随访", "Record screening and follow-up", all),
                new Permission(AidPermissions.HEALTH_READ, "查看健康信息（筛查结果、诊断）", "See health data",
                        Set.of(SYSTEM_ADMIN, UNIT_ADMIN)),
                new Permission(AidPermissions.IMPORT, "导入花名册和筛查结果", "Import rosters and screening results", Set.of(SYSTEM_ADMIN, UNIT_ADMIN)));
    }
}
