package org.wfed.core.internal.people;

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

/**
 * {@code /api/people/import}: a list of people pasted or uploaded into one unit (人员批量导入), and under
 * {@code volunteers/} a list of volunteers (巾帼志愿者名单, docs/organisation.md), through core's import path:
 * templates, preview (nothing written), then the all-or-nothing commit.
 */
@Component(service = PersonImportResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("people/import")
public final class PersonImportResource {

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
    public PersonImportResource(@Reference ImportService imports, @Reference AccessControl access,
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
        return template(sc, ImportTemplates.csv(PersonImporter.LAYOUT), Exports.CSV, "people-template.csv", "人员名单模板.csv");
    }

    @GET
    @Path("template.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response templateXlsx(@Context SecurityContext sc) {
        return template(sc, ImportTemplates.xlsx(PersonImporter.LAYOUT), Exports.XLSX, "people-template.xlsx", "人员名单模板.xlsx");
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport preview(Request in, @Context SecurityContext sc) {
        Caller caller = checked(sc, in);
        return imports.preview(caller, new PersonImporter(in.unitId(), persons, access), in.upload());
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport commit(Request in, @Context SecurityContext sc) {
        Caller caller = checked(sc, in);
        ImportReport report = imports.commit(caller, new PersonImporter(in.unitId(), persons, access), in.upload());
        counts.changed();
        return report;
    }

    @GET
    @Path("volunteers/template.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response volunteersTemplateCsv(@Context SecurityContext sc) {
        return template(sc, ImportTemplates.csv(VolunteerImporter.LAYOUT), Exports.CSV, "volunteers-template.csv", "巾帼志愿者名单模板.csv");
    }

    @GET
    @Path("volunteers/template.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response volunteersTemplateXlsx(@Context SecurityContext sc) {
        return template(sc, ImportTemplates.xlsx(VolunteerImporter.LAYOUT), Exports.XLSX, "volunteers-template.xlsx",
                "巾帼志愿者名单模板.xlsx");
    }

    @POST
    @Path("volunteers/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport previewVolunteers(Request in, @Context SecurityContext sc) {
        Caller caller = checked(sc, in);
        return imports.preview(caller, new VolunteerImporter(in.unitId(), persons, access), in.upload());
    }

    @POST
    @Path("volunteers/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport commitVolunteers(Request in, @Context SecurityContext sc) {
        Caller caller = checked(sc, in);
        ImportReport report = imports.commit(caller, new VolunteerImporter(in.unitId(), persons, access), in.upload());
        // the people it registered count at once on the people pages
        counts.changed();
        return report;
    }

    private Response template(SecurityContext sc, byte[] content, String type, String fileName, String fileNameZh) {
        access.require(access.caller(sc), CorePermissions.PEOPLE_WRITE);
        return Response.ok(content, type).header("Content-Disposition", Exports.attachment(fileName, fileNameZh)).build();
    }

    private Caller checked(SecurityContext sc, Request in) {
        Caller caller = access.caller(sc);
        Validation.body(in);
        access.require(caller, CorePermissions.PEOPLE_WRITE);
        access.checkUnit(caller, in.unitId());
        return caller;
    }
}
