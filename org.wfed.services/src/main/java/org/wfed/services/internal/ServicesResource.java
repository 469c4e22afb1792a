package org.wfed.services.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;
import org.wfed.core.PersonService;
import org.wfed.core.Validation;
import org.wfed.core.exports.Exports;
import org.wfed.core.imports.ImportReport;
import org.wfed.core.imports.ImportService;
import org.wfed.core.imports.ImportTemplates;
import org.wfed.core.imports.ImportUpload;
import org.wfed.services.ServicesPermissions;
import org.wfed.services.dto.Course;
import org.wfed.services.dto.CourseInput;
import org.wfed.services.dto.JobFair;
import org.wfed.services.dto.JobFairInput;
import org.wfed.services.dto.JobPost;
import org.wfed.services.dto.JobPostInput;
import org.wfed.services.dto.Placement;
import org.wfed.services.dto.PlacementInput;
import org.wfed.services.dto.Referral;
import org.wfed.services.dto.ReferralInput;
import org.wfed.services.dto.Seeker;
import org.wfed.services.dto.SeekerInput;
import org.wfed.services.dto.Trainee;
import org.wfed.services.dto.TraineeInput;
import org.wfed.services.dto.Wish;
import org.wfed.services.dto.WishInput;
import org.wfed.services.internal.employment.JobFairs;
import org.wfed.services.internal.employment.JobPosts;
import org.wfed.services.internal.employment.Placements;
import org.wfed.services.internal.employment.Referrals;
import org.wfed.services.internal.employment.Seekers;
import org.wfed.services.internal.imports.SeekerImporter;
import org.wfed.services.internal.imports.TraineeImporter;
import org.wfed.services.internal.training.Courses;
import org.wfed.services.internal.wish.Wishes;

/**
 * {@code /api/services/...}: job posts, seekers, job fairs, referrals, placements, training courses with their trainees and
 * micro-wishes; every list by unit subtree ({@code unitId}, default the caller's unit) and period ({@code from},
 * {@code to}, default this year), paged; and the seeker and trainee list imports through core's import path (template,
 * preview that writes nothing, all-or-nothing commit).
 */
@Component(service = ServicesResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ServicesResource {
    private final AccessControl access;
    private final JobPosts jobs;
    private final Seekers seekers;
    private final JobFairs fairs;
    private final Placements placements;
    private final Referrals referrals;
    private final Courses courses;
    private final Wishes wishes;
    private final Records records;
    private final PersonService persons;
    private final ImportService imports;

    /**
     * A list file (base64 parts) for an import, as the console's importer sends it: {@code unitId} names the unit of a
     * seeker list; {@code clear} is accepted and means nothing here (the lists only add records).
     */
    public record ImportRequest(Long unitId, String fileName, List<String> contentBase64, String sheet, List<String> clear) {
        public ImportRequest {
            new Validation().text("fileName", fileName, 200, true).text("sheet", sheet, 100, false)
                    .rule(contentBase64 != null && !contentBase64.isEmpty(), "file", "REQUIRED", "请选择文件，或把名单粘贴到下方")
                    .check();
        }

        ImportUpload upload() {
            return new ImportUpload(fileName, contentBase64, sheet, clear);
        }
    }

    @Activate
    public ServicesResource(@Reference AccessControl access, @Reference JobPosts jobs, @Reference Seekers seekers,
                            @Reference JobFairs fairs, @Reference Placements placements, @Reference Referrals referrals,
                            @Reference Courses courses,
                            @Reference Wishes wishes, @Reference Records records, @Reference PersonService persons,
                            @Reference ImportService imports) {
        this.records = records;
        this.persons = persons;
        this.imports = imports;
        this.access = access;
        this.jobs = jobs;
        this.seekers = seekers;
        this.fairs = fairs;
        this.placements = placements;
        this.referrals = referrals;
        this.courses = courses;
        this.wishes = wishes;
    }

    // job posts (岗位)

    @GET
    @Path("jobs")
    public Page<JobPost> jobs(@QueryParam("unitId") Long unitId, @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                              @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return jobs.list(caller, filter(caller, unitId, from, to, page, size));
    }

    @POST
    @Path("jobs")
    public Response createJob(JobPostInput in, @Context SecurityContext sc) {
        return created(jobs.create(access.caller(sc), Validation.body(in)));
    }

    @GET
    @Path("jobs/{id}")
    public JobPost job(@PathParam("id") long id, @Context SecurityContext sc) {
        return jobs.get(access.caller(sc), id);
    }

    @PUT
    @Path("jobs/{id}")
    public JobPost updateJob(@PathParam("id") long id, JobPostInput in, @Context SecurityContext sc) {
        return jobs.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("jobs/{id}")
    public Response deleteJob(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        jobs.delete(access.caller(sc), id, Records.version(version));
        return Response.noContent().build();
    }

    // job seekers (求职登记)

    @GET
    @Path("seekers")
    public Page<Seeker> seekers(@QueryParam("unitId") Long unitId, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                                @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return seekers.list(caller, filter(caller, unitId, from, to, page, size));
    }

    @POST
    @Path("seekers")
    public Response createSeeker(SeekerInput in, @Context SecurityContext sc) {
        return created(seekers.create(access.caller(sc), Validation.body(in)));
    }

    @GET
    @Path("seekers/{id}")
    public Seeker seeker(@PathParam("id") long id, @Context SecurityContext sc) {
        return seekers.get(access.caller(sc), id);
    }

    @PUT
    @Path("seekers/{id}")
    public Seeker updateSeeker(@PathParam("id") long id, SeekerInput in, @Context SecurityContext sc) {
        return seekers.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("seekers/{id}")
    public Response deleteSeeker(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        seekers.delete(access.caller(sc), id, Records.version(version));
        return Response.noContent().build();
    }

    @GET
    @Path("seekers/import/template.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response seekerTemplate(@Context SecurityContext sc) {
        access.require(access.caller(sc), ServicesPermissions.MANAGE);
        return Response.ok(ImportTemplates.xlsx(SeekerImporter.LAYOUT), Exports.XLSX)
                .header("Content-Disposition", Exports.attachment("seekers-template.xlsx", "求职人员名单模板.xlsx")).build();
    }

    @POST
    @Path("seekers/import/preview")
    public ImportReport previewSeekers(ImportRequest in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        long unit = seekerUnit(caller, Validation.body(in));
        return imports.preview(caller, new SeekerImporter(unit, records, seekers, persons), in.upload());
    }

    @POST
    @Path("seekers/import/commit")
    public ImportReport commitSeekers(ImportRequest in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        long unit = seekerUnit(caller, Validation.body(in));
        return imports.commit(caller, new SeekerImporter(unit, records, seekers, persons), in.upload());
    }

    private long seekerUnit(Caller caller, ImportRequest in) {
        long unit = in.unitId() == null ? caller.unitId() : in.unitId();
        records.manage(caller, unit);
        return unit;
    }

    // job fairs (招聘会)

    @GET
    @Path("fairs")
    public Page<JobFair> fairs(@QueryParam("unitId") Long unitId, @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                               @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return fairs.list(caller, filter(caller, unitId, from, to, page, size));
    }

    @POST
    @Path("fairs")
    public Response createFair(JobFairInput in, @Context SecurityContext sc) {
        return created(fairs.create(access.caller(sc), Validation.body(in)));
    }

    @GET
    @Path("fairs/{id}")
    public JobFair fair(@PathParam("id") long id, @Context SecurityContext sc) {
        return fairs.get(access.caller(sc), id);
    }

    @PUT
    @Path("fairs/{id}")
    public JobFair updateFair(@PathParam("id") long id, JobFairInput in, @Context SecurityContext sc) {
        return fairs.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("fairs/{id}")
    public Response deleteFair(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        fairs.delete(access.caller(sc), id, Records.version(version));
        return Response.noContent().build();
    }

    // referrals (推荐) of a seeker to a post

    @GET
    @Path("referrals")
    public Page<Referral> referrals(@QueryParam("unitId") Long unitId, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("page") @DefaultValue("1") int page,
                                    @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return referrals.list(caller, filter(caller, unitId, from, to, page, size));
    }

    @POST
    @Path("referrals")
    public Response createReferral(ReferralInput in, @Context SecurityContext sc) {
        return created(referrals.create(access.caller(sc), Validation.body(in)));
    }

    @GET
    @Path("referral-outcomes")
    public Map<String, String> referralOutcomes(@Context SecurityContext sc) {
        access.caller(sc);
        return ReferralInput.OUTCOMES;
    }

    @GET
    @Path("referrals/{id}")
    public Referral referral(@PathParam("id") long id, @Context SecurityContext sc) {
        return referrals.get(access.caller(sc), id);
    }

    /** An edit, most often of the outcome; names the version read (409 when stale). */
    @PUT
    @Path("referrals/{id}")
    public Referral updateReferral(@PathParam("id") long id, ReferralInput in, @Context SecurityContext sc) {
        return referrals.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("referrals/{id}")
    public Response deleteReferral(@PathParam("id") long id, @QueryParam("version") Integer version,
                                   @Context SecurityContext sc) {
        referrals.delete(access.caller(sc), id, Records.version(version));
        return Response.noContent().build();
    }

    // placements (成功就业)

    @GET
    @Path("placements")
    public Page<Placement> placements(@QueryParam("unitId") Long unitId, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("page") @DefaultValue("1") int page,
                                      @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return placements.list(caller, filter(caller, unitId, from, to, page, size));
    }

    @POST
    @Path("placements")
    public Response createPlacement(PlacementInput in, @Context SecurityContext sc) {
        return created(placements.create(access.caller(sc), Validation.body(in)));
    }

    @GET
    @Path("placements/{id}")
    public Placement placement(@PathParam("id") long id, @Context SecurityContext sc) {
        return placements.get(access.caller(sc), id);
    }

    @PUT
    @Path("placements/{id}")
    public Placement updatePlacement(@PathParam("id") long id, PlacementInput in, @Context SecurityContext sc) {
        return placements.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("placements/{id}")
    public Response deletePlacement(@PathParam("id") long id, @QueryParam("version") Integer version,
                                    @Context SecurityContext sc) {
        placements.delete(access.caller(sc), id, Records.version(version));
        return Response.noContent().build();
    }

    // training courses (技能培训) and trainees

    @GET
    @Path("course-kinds")
    public Map<String, String> courseKinds(@Context SecurityContext sc) {
        access.caller(sc);
        return CourseInput.KINDS;
    }

    @GET
    @Path("courses")
    public Page<Course> courses(@QueryParam("unitId") Long unitId, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                                @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return courses.list(caller, filter(caller, unitId, from, to, page, size));
    }

    @POST
    @Path("courses")
    public Response createCourse(CourseInput in, @Context SecurityContext sc) {
        return created(courses.create(access.caller(sc), Validation.body(in)));
    }

    @GET
    @Path("courses/{id}")
    public Course course(@PathParam("id") long id, @Context SecurityContext sc) {
        return courses.get(access.caller(sc), id);
    }

    @PUT
    @Path("courses/{id}")
    public Course updateCourse(@PathParam("id") long id, CourseInput in, @Context SecurityContext sc) {
        return courses.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("courses/{id}")
    public Response deleteCourse(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        courses.delete(access.caller(sc), id, Records.version(version));
        return Response.noContent().build();
    }

    @GET
    @Path("courses/{id}/trainees")
    public List<Trainee> trainees(@PathParam("id") long id, @Context SecurityContext sc) {
        return courses.trainees(access.caller(sc), id);
    }

    @POST
    @Path("courses/{id}/trainees")
    public Response addTrainee(@PathParam("id") long id, TraineeInput in, @Context SecurityContext sc) {
        return created(courses.addTrainee(access.caller(sc), id, Validation.body(in)));
    }

    @PUT
    @Path("courses/{id}/trainees/{trainee}")
    public Trainee updateTrainee(@PathParam("id") long id, @PathParam("trainee") long trainee, TraineeInput in,
                                 @Context SecurityContext sc) {
        return courses.updateTrainee(access.caller(sc), id, trainee, Validation.body(in));
    }

    @DELETE
    @Path("courses/{id}/trainees/{trainee}")
    public Response deleteTrainee(@PathParam("id") long id, @PathParam("trainee") long trainee,
                                  @QueryParam("version") Integer version, @Context SecurityContext sc) {
        courses.deleteTrainee(access.caller(sc), id, trainee, Records.version(version));
        return Response.noContent().build();
    }

    @GET
    @Path("courses/{id}/trainees/import/template.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response traineeTemplate(@PathParam("id") long id, @Context SecurityContext sc) {
        records.manage(access.caller(sc), courses.unitOf(id));
        return Response.ok(ImportTemplates.xlsx(TraineeImporter.LAYOUT), Exports.XLSX)
                .header("Content-Disposition", Exports.attachment("trainees-template.xlsx", "培训学员名单模板.xlsx")).build();
    }

    @POST
    @Path("courses/{id}/trainees/import/preview")
    public ImportReport previewTrainees(@PathParam("id") long id, ImportRequest in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        Validation.body(in);
        records.manage(caller, courses.unitOf(id));
        return imports.preview(caller, new TraineeImporter(id, courses, persons, access), in.upload());
    }

    @POST
    @Path("courses/{id}/trainees/import/commit")
    public ImportReport commitTrainees(@PathParam("id") long id, ImportRequest in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        Validation.body(in);
        records.manage(caller, courses.unitOf(id));
        return imports.commit(caller, new TraineeImporter(id, courses, persons, access), in.upload());
    }

    // micro-wishes (微心愿)

    @GET
    @Path("wishes")
    public Page<Wish> wishes(@QueryParam("unitId") Long unitId, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                             @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return wishes.list(caller, filter(caller, unitId, from, to, page, size));
    }

    @POST
    @Path("wishes")
    public Response createWish(WishInput in, @Context SecurityContext sc) {
        return created(wishes.create(access.caller(sc), Validation.body(in)));
    }

    /** One wish; {@code reveal=true} shows the beneficiary's name to a caller with the reveal right (audited). */
    @GET
    @Path("wishes/{id}")
    public Wish wish(@PathParam("id") long id, @QueryParam("reveal") boolean reveal, @Context SecurityContext sc) {
        return wishes.get(access.caller(sc), id, reveal);
    }

    @PUT
    @Path("wishes/{id}")
    public Wish updateWish(@PathParam("id") long id, WishInput in, @Context SecurityContext sc) {
        return wishes.update(access.caller(sc), id, Validation.body(in));
    }

    @DELETE
    @Path("wishes/{id}")
    public Response deleteWish(@PathParam("id") long id, @QueryParam("version") Integer version, @Context SecurityContext sc) {
        wishes.delete(access.caller(sc), id, Records.version(version));
        return Response.noContent().build();
    }

    private static ServicesFilter filter(Caller caller, Long unitId, String from, String to, int page, int size) {
        LocalDate f = Validation.optionalDate("from", from);
        LocalDate t = Validation.optionalDate("to", to);
        return new ServicesFilter(unitId == null ? caller.unitId() : unitId, f, t, page, size);
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
