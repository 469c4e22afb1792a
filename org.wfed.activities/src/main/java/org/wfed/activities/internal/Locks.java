package org.wfed.activities.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.wfed.core.PeriodLocks;

/**
 * Guards dated writes with core's period locks (an approved year is closed). Locks are only ever set through
 * core's {@link PeriodLocks} service, so while that service is absent no year can have been locked through it
 * and writes go ahead; the reference is dynamic so the module need not wait for it.
 */
@Component(service = Locks.class)
public final class Locks {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PeriodLocks locks;

    /** 409 when the unit's year of {@code day} is locked. */
    public void checkOpen(Connection c, long unitId, LocalDate day) throws SQLException {
        PeriodLocks l = locks;
        if (l != null) {
            l.checkOpen(c, unitId, day);
        }
    }
}
