package org.wfed.core.internal.system;

import java.time.Instant;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.PeriodLocks;
import org.wfed.core.WfedException;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code /api/system/locks} for system admins: the year locks (年度锁定) of every unit, and lifting one. The module
 * that set a lock (reporting, when a summary is approved) normally lifts it itself when it returns the summary; this
 * is for a lock left behind, e.g. after that module was removed from the deployment. Lifting needs a reason and is
 * audited twice: {@code period.unlock} by the locks, {@code system.lock.lift} with the reason.
 */
@Component(service = LockResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("system/locks")
@Produces(MediaType.APPLICATION_JSON)
public final class LockResource {

    /** A year lock of a unit. */
    public record Lock(long unitId, String unitName, int year, Instant lockedAt, String lockedBy) {
    }

    private final Database db;
    private final PeriodLocks locks;
    private final AccessControl access;
    private final AuditLog audit;

    @Activate
    public LockResource(@Reference Database db, @Reference PeriodLocks locks, @Reference AccessControl access, @Reference AuditLog audit) {
        this.db = db;
        this.locks = locks;
        this.access = access;
        this.audit = audit;
    }

    @GET
    public List<Lock> list(@Context SecurityContext sc) {
        admin(sc);
        return db.read(c -> Jdbc.list(c, "SELECT l.unit_id, u.name, l.period_year, l.locked_at, l.locked_by FROM core_period_lock l"
                        + " JOIN core_unit u ON u.id = l.unit_id ORDER BY l.period_year DESC, l.unit_id",
                rs -> new Lock(rs.getLong(1), rs.getString(2), rs.getInt(3), Jdbc.instant(rs, "locked_at"), rs.getString(5))));
    }

    @DELETE
    @Path("{unitId}/{year}")
    public Lock lift(@PathParam("unitId") long unitId, @PathParam("year") int year, @QueryParam("reason") String reason,
                     @Context SecurityContext sc) {
        Caller caller = admin(sc);
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw WfedException.invalid("REASON_REQUIRED", "请填写解除锁定的原因（200字以内）", "A reason (up to 200 characters) is required");
        }
        Lock lock = list(sc).stream().filter(l -> l.unitId() == unitId && l.year() == year).findFirst()
                .orElseThrow(() -> new WfedException(404, "NOT_FOUND", "该单位该年度没有锁定", "No such lock"));
        db.write(c -> {
            locks.unlock(c, caller, unitId, year);
            audit.ok(c, caller, "system.lock.lift", "unit", unitId, year + ": " + reason.trim());
            return null;
        });
        return lock;
    }

    private Caller admin(SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.SYSTEM);
        return caller;
    }
}
