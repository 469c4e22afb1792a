package org.wfed.reporting.internal;

import static org.wfed.core.Role.AUDITOR;
import static org.wfed.core.Role.STAFF;
import static org.wfed.core.Role.SYSTEM_ADMIN;
import static org.wfed.core.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.extension.Permission;
import org.wfed.core.extension.PermissionProvider;

/** The permissions reporting checks: read figures, edit summaries, approve the units below. */
@Component
public final class ReportingPermissions implements PermissionProvider {
    public static final String READ = "reporting.read";
    public static final String EDIT = "reporting.edit";
    public static final String APPROVE = "reporting.approve";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "查看统计和工作总结", "View statistics and summaries", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF, AUDITOR)),
                new Permission(EDIT, "编写和提交工作总结", "Draft and submit summaries", Set.of(SYSTEM_ADMIN, UNIT_ADMIN, STAFF)),
                new Permission(APPROVE, "审核下级工作总结", "Approve the summaries of units below", Set.of(SYSTEM_ADMIN, UNIT_ADMIN)));
    }
}
