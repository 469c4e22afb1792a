package org.wfed.elections.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.elections.internal.ElectionsPermissions;
import org.wfed.elections.internal.print.ProtocolPage;
import org.wfed.elections.internal.service.ElectionService;

/**
 * Print-ready pages (A4): {@code GET /api/elections/{id}/protocol} the result protocol
 * (选举结果报告单) and {@code GET /api/elections/{id}/notice} the public notice (选举结果公告).
 */
@Component(service = PrintResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("elections")
public final class PrintResource {

    private static final String HTML = "text/html; charset=UTF-8";

    private final AccessControl access;
    private final ElectionService elections;

    @Activate
    public PrintResource(@Reference AccessControl access, @Reference ElectionService elections) {
        this.access = access;
        this.elections = elections;
    }

    @GET
    @Path("{id: [0-9]+}/protocol")
    @Produces(HTML)
    public String protocol(@PathParam("id") long id, @Context SecurityContext sc) {
        guard(sc, id);
        return ProtocolPage.protocol(elections.detail(id));
    }

    /**
     * The 公告 states what happened: before the congress is held and its votes counted (no one elected yet) it is
     * refused with 409 {@code NOTICE_BEFORE_COUNT}, never printed with 应到0人，实到0人.
     */
    @GET
    @Path("{id: [0-9]+}/notice")
    @Produces({HTML, javax.ws.rs.core.MediaType.APPLICATION_JSON}) // JSON too, for the refusal's envelope
    public String notice(@PathParam("id") long id, @Context SecurityContext sc) {
        guard(sc, id);
        org.wfed.elections.dto.ElectionDetail d = elections.detail(id);
        boolean counted = d.election().votersPresent() > 0
                && d.positions().stream().anyMatch(p -> p.candidates().stream().anyMatch(org.wfed.elections.dto.Candidate::elected));
        if (!counted) {
            throw org.wfed.core.WfedException.conflict("NOTICE_BEFORE_COUNT",
                    "选举尚未举行或尚未计票，不能打印选举结果公告（公告只陈述已发生的事：应到、实到人数和当选名单）",
                    "The election has not been held and counted yet; there is no result to announce");
        }
        return ProtocolPage.notice(d);
    }

    private void guard(SecurityContext sc, long id) {
        Caller caller = access.caller(sc);
        access.require(caller, ElectionsPermissions.READ);
        access.checkUnit(caller, elections.unitOf(id));
    }
}
