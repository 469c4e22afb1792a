package org.wfed.rights.internal;

import java.util.function.ToLongFunction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.SqlWork;
import org.wfed.rights.RightsPermissions;

/**
 * The one way a rights record is read: masked for a reader of the unit's subtree, or unmasked by break-the-glass
 * (查看完整信息) for a holder of {@code rights.reveal}, who gives a reason that the audit trail keeps with the read.
 */
@Component(service = Records.class)
public final class Records {
    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final org.wfed.core.PersonService people;

    @Activate
    public Records(@Reference RightsSchema schema, @Reference AccessControl access, @Reference AuditLog audit,
                   @Reference org.wfed.core.PersonService people) {
        this.db = schema.db();
        this.access = access;
        this.audit = audit;
        this.people = people;
    }

    /** Whether a party or household member named by registry id is a person of the caller's subtree. */
    public boolean reaches(Caller caller, long personId) {
        try {
            return access.canSee(caller, people.facts(personId).unitId());
        } catch (org.wfed.core.WfedException missing) {
            return false;
        }
    }

    /** The record as {@code masked} reads it, after the permission and subtree checks on its unit. */
    public <T> T masked(Caller caller, SqlWork<T> masked, ToLongFunction<T> unit) {
        return db.read(c -> {
            T found = masked.run(c);
            access.check(caller, RightsPermissions.READ, unit.applyAsLong(found));
            return found;
        });
    }

    /** The record as {@code revealed} reads it, its reveal audited as {@code rights.<type>.reveal} with the reason. */
    public <T> T revealed(Caller caller, String type, long id, String reason, SqlWork<T> revealed, ToLongFunction<T> unit) {
        return db.write(c -> {
            T found = revealed.run(c);
            access.check(caller, RightsPermissions.READ, unit.applyAsLong(found));
            access.require(caller, RightsPermissions.REVEAL);
            audit.ok(c, caller, "rights." + type + ".reveal", "rights" + Character.toUpperCase(type.charAt(0)) + type.substring(1),
                    id, "查看原因：" + reason.trim());
            return found;
        });
    }
}
