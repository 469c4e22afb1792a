package org.wfed.core.internal.auth;

import java.util.Set;
import java.util.TreeSet;
import org.wfed.core.Caller;
import org.wfed.core.Role;
import org.wfed.core.WfedException;

/**
 * Who may manage whose account: nobody may create, edit, disable, demote, unlock, reset the password
 * or the two-factor sign-in of, or list and revoke the tokens of, an account that holds a role or a
 * permission she does not hold herself; system admins are managed only by system admins. Without it
 * a street's unit admin could reset the password of a system admin placed in her street and sign in
 * as her (penetration test, issue 22).
 */
final class AccountGuard {
    private AccountGuard() {
    }

    /**
     * 403 unless the caller holds every permission the roles give, and is a system admin if they include that
     * role. A system admin manages every account: she runs the deployment (its bundles, its configuration),
     * so a module's permission her role was not given does not stop her.
     */
    static void checkCovers(Caller caller, Set<Role> roles, PermissionRegistry permissions) {
        if (caller.is(Role.SYSTEM_ADMIN)) {
            return;
        }
        Set<String> missing = new TreeSet<>(permissions.grantedTo(roles));
        missing.removeAll(caller.permissions());
        boolean admin = roles.contains(Role.SYSTEM_ADMIN) && !caller.is(Role.SYSTEM_ADMIN);
        if (admin) {
            throw WfedException.forbidden("系统管理员账户只能由系统管理员管理", "Only system admins manage system admins");
        }
        if (!missing.isEmpty()) {
            throw WfedException.forbidden("该账户拥有您所没有的权限（" + String.join("、", missing) + "），您不能管理或授予",
                    "The account holds permissions you do not hold: " + missing);
        }
    }
}
