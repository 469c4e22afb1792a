package org.wfed.rights.internal.imports;

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
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.exports.Exports;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportReport;
import org.wfed.core.imports.ImportService;
import org.wfed.core.imports.ImportTemplates;
import org.wfed.core.imports.ImportUpload;
import org.wfed.core.imports.Importer;
import org.wfed.rights.RightsPermissions;
import org.wfed.rights.internal.cases.CaseService;
import org.wfed.rights.internal.families.Colours;
import org.wfed.rights.internal.families.FamilyService;

/**
 * {@code /api/rights/import/{list}} with list {@code cases} (维权个案台账) or {@code families} (三色家庭档案): the template,
 * a preview that writes nothing, and the all-or-nothing commit, through core's import path, for one unit.
 */
@Component(service = ImportResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("rights/import/{list}")
public final class ImportResource {

    /** The unit the rows are for, the file (base64 parts) and the sheet chosen in the preview. */
    public record Request(Long unitId, String fileName, List<String> contentBase64, String sheet) {
        public Request {
            new Validation().text("fileName", fileName, 200, true).text("sheet", sheet, 100, false)
                    .rule(unitId != null && unitId > 0, "unitId", "REQUIRED", "请选择单位")
                    .rule(contentBase64 != null && !contentBase64.isEmpty(), "file", "REQUIRED", "请选择文件，或把名单粘贴到下方")
                    .check();
        }
    }

    private final AccessControl access;
    private final ImportService imports;
    private final CaseService cases;
    private final FamilyService families;
    private final Colours colours;
    private final AuditLog audit;

    @Activate
    public ImportResource(@Reference AccessControl access, @Reference ImportService imports, @Reference CaseService cases,
                          @Reference FamilyService families, @Reference Colours colours, @Reference AuditLog audit) {
        this.access = access;
        this.imports = imports;
        this.cases = cases;
        this.families = families;
        this.colours = colours;
        this.audit = audit;
    }

    @GET
    @Path("template.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response template(@PathParam("list") String list, @Context SecurityContext sc) {
        access.require(access.caller(sc), RightsPermissions.MANAGE);
        ImportLayout layout = importer(list, 0).layout();
        return Response.ok(ImportTemplates.xlsx(layout), Exports.XLSX).header("Content-Disposition",
                Exports.attachment("rights-" + list + "-template.xlsx", layout.title() + "模板.xlsx")).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport preview(@PathParam("list") String list, Request in, @Context SecurityContext sc) {
        Caller caller = guard(sc, in);
        return imports.preview(caller, importer(list, in.unitId()), upload(in));
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport commit(@PathParam("list") String list, Request in, @Context SecurityContext sc) {
        Caller caller = guard(sc, in);
        return imports.commit(caller, importer(list, in.unitId()), upload(in));
    }

    private Importer<?> importer(String list, long unitId) {
        return switch (list) {
            case "cases" -> new CaseImporter(unitId, cases, audit);
            case "families" -> new FamilyImporter(unitId, colours.list(), families, audit);
            default -> throw WfedException.notFound("导入清单 " + list);
        };
    }

    private Caller guard(SecurityContext sc, Request in) {
        Caller caller = access.caller(sc);
        Validation.body(in);
        access.check(caller, RightsPermissions.MANAGE, in.unitId());
        return caller;
    }

    private static ImportUpload upload(Request in) {
        return new ImportUpload(in.fileName(), in.contentBase64(), in.sheet(), List.of());
    }
}
