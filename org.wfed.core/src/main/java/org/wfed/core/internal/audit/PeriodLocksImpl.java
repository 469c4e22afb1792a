package org.wfed.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Cluster;
import org.wfed.core.Jdbc;
import org.wfed.core.PeriodLocks;
import org.wfed.core.WfedException;

/** Year locks per unit, set when a unit's annual summary is approved. */
@Component(service = PeriodLocks.class)
public final class PeriodLocksImpl implements PeriodLocks {

    private final AuditLog audit;
    private final Cluster cluster;

    @Activate
    public PeriodLocksImpl(@Reference AuditLog audit, @Reference Cluster cluster) {
        this.audit = audit;
        this.cluster = cluster;
    }

    @Override
    public void checkOpen(Connection c, long unitId, LocalDate day) throws SQLException {
        if (day != null && isLocked(c, unitId, day.getYear())) {
            throw WfedException.conflict("PERIOD_LOCKED", day.getYear() + "年度的工作总结已审批，该年度数据已锁定，不能再修改",
                    "The year " + day.getYear() + " is approved and locked for this unit");
        }
    }

    @Override
    public void lock(Connection c, Caller caller, long unitId, int year) throws SQLException {
        if (!isLocked(c, unitId, year)) {
            Jdbc.update(c, "INSERT INTO core_period_lock (unit_id, period_year, locked_at, locked_by) VALUES (?, ?, ?, ?)",
                    unitId, year, Instant.now(), caller.username());
            cluster.changed(c, Cluster.PERIOD_LOCKS);
            audit.ok(caller, "period.lock", "unit", unitId, String.valueOf(year));
        }
    }

    @Override
    public void unlock(Connection c, Caller caller, long unitId, int year) throws SQLException {
        if (Jdbc.update(c, "DELETE FROM core_period_lock WHERE unit_id = ? AND period_year = ?", unitId, year) > 0) {
            cluster.changed(c, Cluster.PERIOD_LOCKS);
            audit.ok(caller, "period.unlock", "unit", unitId, String.valueOf(year));
        }
    }

    @Override
    public boolean isLocked(Connection c, long unitId, int year) throws SQLException {
        return Jdbc.number(c, "SELECT COUNT(*) FROM core_period_lock WHERE unit_id = ? AND period_year = ?", unitId, year) > 0;
    }
}
