package org.wfed.elections.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Validation;
import org.wfed.core.exports.Exports;
import org.wfed.core.imports.ImportReport;
import org.wfed.core.imports.ImportService;
import org.wfed.core.imports.ImportTemplates;
import org.wfed.core.imports.ImportUpload;
import org.wfed.elections.internal.ElectionsPermissions;
import org.wfed.elections.internal.service.CandidateImporter;
import org.wfed.elections.internal.service.ElectionService;

/**
 * {@code /api/elections/{id}/candidates/import}: a candidate list for one position pasted or uploaded (候选人名单导入)
 * through core's import path: template, preview (nothing written), all-or-nothing commit.
 */
@Component(service = CandidateImportResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("elections/{id: [0-9]+}/candidates/import")
public final class CandidateImportResource {

    /** The position, the file (base64 parts) and the choices from the preview. */
    public record Request(Long positionId, String fileName, List<String> contentBase64, String sheet) {
        public Request {
            new Validation().text("fileName", fileName, 200, true).text("sheet", sheet, 100, false)
                    .rule(positionId != null && positionId > 0, "positionId", "REQUIRED", "请选择职位")
                    .rule(contentBase64 != null && !contentBase64.isEmpty(), "file", "REQUIRED", "请选择文件，或把名单粘贴到下方")
                    .check();
        }
    }

    private final AccessControl access;
    private final ElectionService elections;
    private final ImportService imports;

    @Activate
    public CandidateImportResource(@Reference AccessControl access, @Reference ElectionService elections,
                                   @Reference ImportService imports) {
        this.access = access;
        this.elections = elections;
        this.imports = imports;
    }

    @GET
    @Path("template.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response template(@PathParam("id") long id, @Context SecurityContext sc) {
        guard(sc, id);
        return Response.ok(ImportTemplates.xlsx(CandidateImporter.LAYOUT), Exports.XLSX)
                .header("Content-Disposition", Exports.attachment("candidates-template.xlsx", "候选人名单模板.xlsx")).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport preview(@PathParam("id") long id, Request in, @Context SecurityContext sc) {
        Caller caller = guard(sc, id);
        Validation.body(in);
        return imports.preview(caller, elections.candidateImporter(id, in.positionId()), upload(in));
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport commit(@PathParam("id") long id, Request in, @Context SecurityContext sc) {
        Caller caller = guard(sc, id);
        Validation.body(in);
        return imports.commit(caller, elections.candidateImporter(id, in.positionId()), upload(in));
    }

    private static ImportUpload upload(Request in) {
        return new ImportUpload(in.fileName(), in.contentBase64(), in.sheet(), List.of());
    }

    private Caller guard(SecurityContext sc, long electionId) {
        Caller caller = access.caller(sc);
        access.require(caller, ElectionsPermissions.MANAGE);
        access.checkUnit(caller, elections.unitOf(electionId));
        return caller;
    }
}
