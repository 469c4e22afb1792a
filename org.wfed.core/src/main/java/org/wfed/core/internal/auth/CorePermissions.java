package org.wfed.core.internal.auth;

import static org.wfed.core.Role.AUDITOR;
import static org.wfed.core.Role.STAFF;
import static org.wfed.core.Role.SYSTEM_ADMIN;
import static org.wfed.core.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.ChangeLog;
import org.wfed.core.Sensitive;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;

/** The permissions core itself checks. */
@Component
public final class CorePermissions implements PermissionProvider {
    public static final String ORG_READ = "core.org.read";
    public static final String ORG_WRITE = "core.org.write";
    public static final String PEOPLE_READ = "core.people.read";
    public static final String PEOPLE_WRITE = "core.people.write";
    public static final String USERS_MANAGE = "core.users.manage";
    public static final String AUDIT_READ = "core.audit.read";
    public static final String SYSTEM = "core.system";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(ORG_READ, "查看组织架构", "View organisation", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF, AUDITOR)),
                new Permission(ORG_WRITE, "维护组织架构", "Edit organisation", Set.of(SYSTEM_ADMIN, UNIT_ADMIN)),
                new Permission(PEOPLE_READ, "查看人员", "View people", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(PEOPLE_WRITE, "维护人员", "Edit people", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(USERS_MANAGE, "管理用户", "Manage users", Set.of(SYSTEM_ADMIN, UNIT_ADMIN)),
                new Permission(AUDIT_READ, "查看审计日志", "Read the audit log", Set.of(SYSTEM_ADMIN, AUDITOR)),
                new Permission(ChangeLog.REVEAL_PERMISSION, "查看字段变更中的敏感原值", "See sensitive values of field changes",
                        Set.of(SYSTEM_ADMIN, AUDITOR)),
                new Permission(Sensitive.REVEAL_PERMISSION, "查看敏感信息原文", "See sensitive values", Set.of(SYSTEM_ADMIN, UNIT_ADMIN)),
                // the Felix web console installs code, backups copy every record: two factors (等保 2.0 level 3)
                new Permission(SYSTEM, "系统管理", "System administration", Set.of(SYSTEM_ADMIN), true));
    }
}
