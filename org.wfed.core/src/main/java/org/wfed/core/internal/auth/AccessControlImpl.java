package org.wfed.core.internal.auth;

import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.WfedException;
import org.wfed.core.internal.org.UnitPaths;

/** Permission and subtree checks by materialised path prefix; denials are audited. */
@Component(service = AccessControl.class)
public final class AccessControlImpl implements AccessControl {

    private final UnitPaths paths;
    private final AuditLog audit;

    @Activate
    public AccessControlImpl(@Reference UnitPaths paths, @Reference AuditLog audit) {
        this.paths = paths;
        this.audit = audit;
    }

    @Override
    public Caller caller(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new WfedException(401, "UNAUTHENTICATED", "请先登录", "Sign in first");
    }

    @Override
    public void require(Caller caller, String permission) {
        if (!caller.has(permission)) {
            audit.record(caller, "access.denied", "permission", permission, AuditLog.Outcome.DENIED, null);
            throw WfedException.forbidden("您没有此项操作的权限（" + permission + "）", "Missing permission " + permission);
        }
    }

    @Override
    public void checkUnit(Caller caller, long unitId) {
        if (!canSee(caller, unitId)) {
            audit.record(caller, "access.denied", "unit", String.valueOf(unitId), AuditLog.Outcome.DENIED, "outside subtree");
            throw WfedException.notFound("单位 " + unitId);
        }
    }

    @Override
    public boolean canSee(Caller caller, long unitId) {
        String path = paths.pathOf(unitId);
        return path != null && path.startsWith(caller.unitPath());
    }
}
