package org.wfed.elections.internal;

import static org.wfed.core.Role.AUDITOR;
import static org.wfed.core.Role.STAFF;
import static org.wfed.core.Role.SYSTEM_ADMIN;
import static org.wfed.core.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;

/** The permissions the elections module checks, with the roles holding them by default. */
@Component
public final class ElectionsPermissions implements PermissionProvider {
    public static final String READ = "elections.read";
    public static final String MANAGE = "elections.manage";
    public static final String COUNT = "elections.count";
    public static final String OVERRIDE = "elections.override";
    public static final String APPROVE = "elections.approve";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "查看换届选举", "View elections", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF, AUDITOR)),
                new Permission(MANAGE, "组织换届选举", "Run elections", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(COUNT, "录入计票结果", "Enter counts", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(OVERRIDE, "改判选举结果", "Override a result", Set.of(SYSTEM_ADMIN, UNIT_ADMIN)),
                new Permission(APPROVE, "批复下级换届", "Approve a unit's election", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)));
    }
}
