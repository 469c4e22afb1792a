package org.wfed.reporting.internal.warmup;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
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
import org.wfed.reporting.dto.WarmUpStatus;

/** {@code GET /api/reporting/warm-up}: where the background warm-up of the roll-up stands (system admins). */
@Component(service = WarmUpResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("reporting/warm-up")
@Produces(MediaType.APPLICATION_JSON)
public final class WarmUpResource {
    /** Core's system-administration permission (系统管理). */
    static final String SYSTEM = "core.system";

    private final AccessControl access;
    private final RollUpWarmUp warmUp;

    @Activate
    public WarmUpResource(@Reference AccessControl access, @Reference RollUpWarmUp warmUp) {
        this.access = access;
        this.warmUp = warmUp;
    }

    @GET
    public WarmUpStatus status(@Context SecurityContext sc) {
        access.require(access.caller(sc), SYSTEM);
        return warmUp.status();
    }
}
