package org.wfed.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Cluster;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.PeriodLocks;
import org.wfed.core.WfedException;

/** Year locks per unit up to a cut-off date (统计截止日), set when a unit's annual summary is approved. */
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
        if (day == null) {
            return;
        }
        Optional<Held> held = Jdbc.one(c, "SELECT u.name, l.locked_through, l.locked_by FROM core_period_lock l"
                + " JOIN core_unit u ON u.id = l.unit_id WHERE l.unit_id = ? AND l.period_year = ?",
                rs -> new Held(rs.getString(1), throughOf(Jdbc.date(rs, "locked_through"), day.getYear()), rs.getString(3)),
                unitId, day.getYear());
        if (held.isEmpty() || day.isAfter(held.get().through())) {
            return;
        }
        Held h = held.get();
        boolean wholeYear = h.through().equals(LocalDate.of(day.getYear(), 12, 31));
        String what = wholeYear ? day.getYear() + "年度的数据已全部锁定"
                : "统计截止日" + h.through() + "及以前的数据已锁定，" + h.through().plusDays(1) + "起的数据可照常录入";
        String whatEn = wholeYear ? "the whole year " + day.getYear() + " is locked"
                : "records up to the cut-off date " + h.through() + " are locked; from " + h.through().plusDays(1) + " they are open";
        throw WfedException.conflict("PERIOD_LOCKED", h.unitName() + day.getYear() + "年度工作总结已审核通过（" + h.lockedBy() + "），"
                + what + "。如需修改" + day + "的记录，请审核该总结的上级单位退回总结后再改",
                h.unitName() + ": the " + day.getYear() + " summary is approved (" + h.lockedBy() + "); " + whatEn
                        + ". To change a record of " + day + ", the unit above that approved it must return the summary");
    }

    /** A lock as the message needs it. */
    private record Held(String unitName, LocalDate through, String lockedBy) {
    }

    private static LocalDate throughOf(LocalDate stored, int year) {
        return stored == null ? LocalDate.of(year, 12, 31) : stored;
    }

    @Override
    public void lock(Connection c, Caller caller, long unitId, int year, LocalDate through) throws SQLException {
        if (through == null || through.getYear() != year) {
            throw WfedException.invalidFields(java.util.List.of(new FieldError("cutOff", "OUTSIDE_YEAR",
                    "统计截止日应在" + year + "年内")));
        }
        if (!isLocked(c, unitId, year)) {
            Jdbc.update(c, "INSERT INTO core_period_lock (unit_id, period_year, locked_at, locked_by, locked_through)"
                    + " VALUES (?, ?, ?, ?, ?)", unitId, year, Instant.now(), caller.username(), through);
            cluster.changed(c, Cluster.PERIOD_LOCKS);
            audit.ok(caller, "period.lock", "unit", unitId, year + " through " + through);
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

    @Override
    public Optional<LocalDate> lockedThrough(Connection c, long unitId, int year) throws SQLException {
        return Jdbc.one(c, "SELECT locked_through FROM core_period_lock WHERE unit_id = ? AND period_year = ?",
                rs -> throughOf(Jdbc.date(rs, "locked_through"), year), unitId, year);
    }
}
