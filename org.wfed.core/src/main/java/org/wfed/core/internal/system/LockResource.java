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
import org.wfed.core.Caller;
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

    private final YearLocks locks;
    private final AccessControl access;

    @Activate
    public LockResource(@Reference YearLocks locks, @Reference AccessControl access) {
        this.locks = locks;
        this.access = access;
    }

    @GET
    public List<Lock> list(@Context SecurityContext sc) {
        admin(sc);
        return locks.list();
    }

    @DELETE
    @Path("{unitId}/{year}")
    public Lock lift(@PathParam("unitId") long unitId, @PathParam("year") int year, @QueryParam("reason") String reason,
                     @Context SecurityContext sc) {
        return locks.lift(admin(sc), unitId, year, reason);
    }

    private Caller admin(SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.SYSTEM);
        return caller;
    }
}
