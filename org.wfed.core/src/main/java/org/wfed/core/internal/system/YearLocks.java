package org.wfed.core.internal.system;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.PeriodLocks;
import org.wfed.core.WfedException;

/**
 * The system administrator's view of the year locks (年度锁定) that approvals set: every lock, and lifting one with a
 * reason kept in the audit trail — for a lock nothing else can lift (e.g. left by a removed reporting module).
 */
@Component(service = YearLocks.class)
public final class YearLocks {

    private final Database db;
    private final PeriodLocks locks;
    private final AuditLog audit;

    @Activate
    public YearLocks(@Reference Database db, @Reference PeriodLocks locks, @Reference AuditLog audit) {
        this.db = db;
        this.locks = locks;
        this.audit = audit;
    }

    /** Every lock, the latest year first. */
    public List<LockResource.Lock> list() {
        return db.read(c -> Jdbc.list(c, "SELECT l.unit_id, u.name, l.period_year, l.locked_at, l.locked_by FROM core_period_lock l"
                        + " JOIN core_unit u ON u.id = l.unit_id ORDER BY l.period_year DESC, l.unit_id",
                rs -> new LockResource.Lock(rs.getLong(1), rs.getString(2), rs.getInt(3), Jdbc.instant(rs, "locked_at"), rs.getString(5))));
    }

    /** Lifts the unit's lock of the year, audited with the reason; answers the lock as it was, or 404. */
    public LockResource.Lock lift(Caller caller, long unitId, int year, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw WfedException.invalid("REASON_REQUIRED", "请填写解除锁定的原因（200字以内）", "A reason (up to 200 characters) is required");
        }
        LockResource.Lock lock = list().stream().filter(l -> l.unitId() == unitId && l.year() == year).findFirst()
                .orElseThrow(() -> new WfedException(404, "NOT_FOUND", "该单位该年度没有锁定", "No such lock"));
        db.write(c -> {
            locks.unlock(c, caller, unitId, year);
            audit.ok(c, caller, "system.lock.lift", "unit", unitId, year + ": " + reason.trim());
            return null;
        });
        return lock;
    }
}
