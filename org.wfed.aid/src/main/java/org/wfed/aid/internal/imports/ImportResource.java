package org.wfed.aid.internal.imports;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.ImportReport;
import org.wfed.aid.dto.ImportRequest;
import org.wfed.core.Validation;
import org.wfed.core.AccessControl;

/** {@code /api/aid/import}: the roster template, preview and all-or-nothing commit (花名册导入). */
@Component(service = ImportResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid/import")
public final class ImportResource {

    private final RosterImport rosters;
    private final AccessControl access;

    @Activate
    public ImportResource(@Reference RosterImport rosters, @Reference AccessControl access) {
        this.rosters = rosters;
        this.access = access;
    }

    @GET
    @Path("template.csv")
    // JSON too, so that error envelopes can still be written
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response template(@Context SecurityContext sc) {
        access.require(access.caller(sc), AidPermissions.IMPORT);
        return Response.ok(RosterImport.templateCsv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"aid-roster-template.csv\"").build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport preview(ImportRequest in, @Context SecurityContext sc) {
        return rosters.preview(access.caller(sc), Validation.body(in));
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport commit(ImportRequest in, @Context SecurityContext sc) {
        return rosters.commit(access.caller(sc), Validation.body(in));
    }
}
