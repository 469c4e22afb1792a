package org.wfed.aid.internal.imports;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.wfed.aid.dto.ImportKind;
import org.wfed.aid.dto.ImportRequest;
import org.wfed.core.AccessControl;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.exports.Exports;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportReport;
import org.wfed.core.imports.ImportTemplates;

/**
 * {@code /api/aid/import}: the templates, preview and all-or-nothing commit of both import kinds
 * (花名册导入, 筛查结果导入).
 */
@Component(service = ImportResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid/import")
public final class ImportResource {

    private final AidImports imports;
    private final AccessControl access;

    @Activate
    public ImportResource(@Reference AidImports imports, @Reference AccessControl access) {
        this.imports = imports;
        this.access = access;
    }

    @GET
    @Path("template.csv")
    // JSON too, so that error envelopes can still be written
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response templateCsv(@QueryParam("kind") @DefaultValue("ROSTER") String kind, @Context SecurityContext sc) {
        access.require(access.caller(sc), AidPermissions.IMPORT);
        ImportKind k = kind(kind);
        ImportLayout layout = imports.layout(k);
        return Response.ok(ImportTemplates.csv(layout), Exports.CSV)
                .header("Content-Disposition", Exports.attachment(fileName(k, "csv"), layout.title() + "模板.csv")).build();
    }

    @GET
    @Path("template.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response templateXlsx(@QueryParam("kind") @DefaultValue("ROSTER") String kind, @Context SecurityContext sc) {
        access.require(access.caller(sc), AidPermissions.IMPORT);
        ImportKind k = kind(kind);
        ImportLayout layout = imports.layout(k);
        return Response.ok(ImportTemplates.xlsx(layout), Exports.XLSX)
                .header("Content-Disposition", Exports.attachment(fileName(k, "xlsx"), layout.title() + "模板.xlsx")).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport preview(ImportRequest in, @Context SecurityContext sc) {
        return imports.preview(access.caller(sc), Validation.body(in));
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport commit(ImportRequest in, @Context SecurityContext sc) {
        return imports.commit(access.caller(sc), Validation.body(in));
    }

    private static String fileName(ImportKind kind, String extension) {
        return (kind == ImportKind.SCREENING ? "aid-screening-template." : "aid-roster-template.") + extension;
    }

    private static ImportKind kind(String kind) {
        try {
            return ImportKind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WfedException.invalid("AID_IMPORT_BAD_KIND", "导入类型应为花名册（ROSTER）或筛查结果（SCREENING）",
                    "The kind is ROSTER or SCREENING");
        }
    }
}
