package org.wfed.core.internal.org;

import java.util.List;
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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Validation;
import org.wfed.core.exports.Exports;
import org.wfed.core.imports.ImportReport;
import org.wfed.core.imports.ImportService;
import org.wfed.core.imports.ImportTemplates;
import org.wfed.core.imports.ImportUpload;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.internal.people.PeopleCounts;
import org.wfed.core.internal.people.PersonServiceImpl;

/**
 * {@code /api/volunteers/import}: a list of volunteers (巾帼志愿者名单) uploaded or pasted into one unit, through core's
 * import path: templates, preview (nothing written), then the all-or-nothing commit; kept by whoever keeps the unit's
 * people, like the volunteer register.
 */
@Component(service = VolunteerImportResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("volunteers/import")
public final class VolunteerImportResource {

    /** The file (base64 parts, as the console sends them) and the clerk's choices from the preview. */
    public record Request(Long unitId, String fileName, List<String> contentBase64, String sheet, List<String> clear) {
        public Request {
            new Validation().text("fileName", fileName, 200, true).text("sheet", sheet, 100, false)
                    .rule(unitId != null && unitId > 0, "unitId", "REQUIRED", "请选择导入到哪个单位")
                    .rule(contentBase64 != null && !contentBase64.isEmpty(), "file", "REQUIRED", "请选择文件，或把名单粘贴到下方")
                    .check();
            clear = clear == null ? List.of() : List.copyOf(clear);
        }

        ImportUpload upload() {
            return new ImportUpload(fileName, contentBase64, sheet, clear);
        }
    }

    private final ImportService imports;
    private final AccessControl access;
    private final PersonServiceImpl persons;
    private final PeopleCounts counts;

    @Activate
    public VolunteerImportResource(@Reference ImportService imports, @Reference AccessControl access,
                                   @Reference PersonServiceImpl persons, @Reference PeopleCounts counts) {
        this.imports = imports;
        this.access = access;
        this.persons = persons;
        this.counts = counts;
    }

    @GET
    @Path("template.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response templateCsv(@Context SecurityContext sc) {
        access.require(access.caller(sc), CorePermissions.PEOPLE_WRITE);
        return Response.ok(ImportTemplates.csv(VolunteerImporter.LAYOUT), Exports.CSV)
                .header("Content-Disposition", Exports.attachment("volunteers-template.csv", "巾帼志愿者名单模板.csv")).build();
    }

    @GET
    @Path("template.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response templateXlsx(@Context SecurityContext sc) {
        access.require(access.caller(sc), CorePermissions.PEOPLE_WRITE);
        return Response.ok(ImportTemplates.xlsx(VolunteerImporter.LAYOUT), Exports.XLSX)
                .header("Content-Disposition", Exports.attachment("volunteers-template.xlsx", "巾帼志愿者名单模板.xlsx")).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport preview(Request in, @Context SecurityContext sc) {
        Caller caller = checked(sc, in);
        return imports.preview(caller, new VolunteerImporter(in.unitId(), persons, access), in.upload());
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport commit(Request in, @Context SecurityContext sc) {
        Caller caller = checked(sc, in);
        ImportReport report = imports.commit(caller, new VolunteerImporter(in.unitId(), persons, access), in.upload());
        // the people it registered count at once on the people pages (the cache is refreshed after the commit)
        counts.changed();
        return report;
    }

    private Caller checked(SecurityContext sc, Request in) {
        Caller caller = access.caller(sc);
        Validation.body(in);
        access.require(caller, CorePermissions.PEOPLE_WRITE);
        access.checkUnit(caller, in.unitId());
        return caller;
    }
}
