package org.wfed.aid.internal.application;

import java.time.LocalDate;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.wfed.aid.dto.Application;
import org.wfed.aid.dto.ApplicationInput;
import org.wfed.aid.dto.ApplicationStatus;
import org.wfed.aid.dto.Eligibility;
import org.wfed.aid.dto.NoticeInput;
import org.wfed.aid.dto.Objection;
import org.wfed.aid.dto.ObjectionInput;
import org.wfed.aid.dto.PaymentInput;
import org.wfed.aid.dto.ReceiptInput;
import org.wfed.aid.dto.ReviewInput;
import org.wfed.aid.dto.ReviewLevel;
import org.wfed.core.Validation;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Page;
import org.wfed.core.WfedException;
import org.wfed.core.dto.ObjectionResolution;

/** {@code /api/aid/applications}: apply, review, notice, pay, confirm receipt (救助申请与发放). */
@Component(service = ApplicationResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("aid/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApplicationResource {

    private final ApplicationService applications;
    private final ObjectionService objections;
    private final AccessControl access;

    @Activate
    public ApplicationResource(@Reference ApplicationService applications, @Reference ObjectionService objections,
                               @Reference AccessControl access) {
        this.applications = applications;
        this.objections = objections;
        this.access = access;
    }

    /**
     * {@code ?unitId=&programmeId=&status=&year=&page=1&size=50}; {@code inbox=true[&level=STREET]} for the
     * review inbox.
     */
    @GET
    public Page<Application> list(@QueryParam("unitId") Long unitId, @QueryParam("programmeId") Long programmeId,
                                  @QueryParam("status") String status, @QueryParam("year") Integer year,
                                  @QueryParam("inbox") @DefaultValue("false") boolean inbox,
                                  @QueryParam("level") String level, @QueryParam("page") @DefaultValue("1") int page,
                                  @QueryParam("size") @DefaultValue("50") int size, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        return applications.list(caller, unitId == null ? caller.unitId() : unitId, programmeId,
                parse(ApplicationStatus.class, status, "status"), year, inbox, parse(ReviewLevel.class, level, "level"),
                Page.request(page, size));
    }

    /** Pre-check without saving: {@code ?programmeId=&personId=[&on=2026-03-01]}. */
    @GET
    @Path("check")
    public Eligibility check(@QueryParam("programmeId") long programmeId, @QueryParam("personId") long personId,
                             @QueryParam("on") String on, @Context SecurityContext sc) {
        return applications.check(access.caller(sc), programmeId, personId, on == null ? LocalDate.now() : date(on));
    }

    @GET
    @Path("{id}")
    public Application get(@PathParam("id") long id, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                           @Context SecurityContext sc) {
        return applications.get(access.caller(sc), id, reveal);
    }

    @POST
    public Response create(ApplicationInput in, @Context SecurityContext sc) {
        return Response.status(201).entity(applications.create(access.caller(sc), Validation.body(in))).build();
    }

    /** Applications for a list of people; answers per person the application or the refusal. */
    @POST
    @Path("bulk")
    public org.wfed.aid.dto.BulkResult createAll(org.wfed.aid.dto.BulkApplicationInput in, @Context SecurityContext sc) {
        return applications.createAll(access.caller(sc), Validation.body(in));
    }

    @POST
    @Path("{id}/review")
    public Application review(@PathParam("id") long id, ReviewInput in, @Context SecurityContext sc) {
        return applications.review(access.caller(sc), id, Validation.body(in));
    }

    /** 批量审核: one decision for each ticked application, all in one transaction or none. */
    @POST
    @Path("reviews")
    public java.util.List<Application> reviewAll(org.wfed.aid.dto.BatchReviewInput in, @Context SecurityContext sc) {
        return applications.reviewAll(access.caller(sc), Validation.body(in));
    }

    @POST
    @Path("{id}/notice")
    public Application notice(@PathParam("id") long id, NoticeInput in, @Context SecurityContext sc) {
        return applications.notice(access.caller(sc), id, Validation.body(in));
    }

    @POST
    @Path("{id}/payment")
    public Application pay(@PathParam("id") long id, PaymentInput in, @Context SecurityContext sc) {
        return applications.pay(access.caller(sc), id, Validation.body(in));
    }

    /** 批量发放: payments for a whole approved list, all in one transaction or none. */
    @POST
    @Path("payments")
    public java.util.List<Application> payAll(org.wfed.aid.dto.BatchPaymentInput in, @Context SecurityContext sc) {
        return applications.payAll(access.caller(sc), Validation.body(in));
    }

    /** The objections (异议) lodged during the application's public notice. */
    @GET
    @Path("{id}/objections")
    public java.util.List<Objection> objections(@PathParam("id") long id, @Context SecurityContext sc) {
        return objections.list(access.caller(sc), id);
    }

    /** Records an objection received during the notice; the payment waits until it is resolved. */
    @POST
    @Path("{id}/objections")
    public Response lodge(@PathParam("id") long id, ObjectionInput in, @Context SecurityContext sc) {
        return Response.status(201).entity(objections.lodge(access.caller(sc), id, Validation.body(in))).build();
    }

    /** Resolves an objection: upheld, the application is not granted; dismissed, the notice runs to its end. */
    @POST
    @Path("{id}/objections/{objectionId}")
    public Objection resolve(@PathParam("id") long id, @PathParam("objectionId") long objectionId,
                             ObjectionResolution in, @Context SecurityContext sc) {
        return objections.resolve(access.caller(sc), id, objectionId, Validation.body(in));
    }

    @POST
    @Path("{id}/receipt")
    public Application receipt(@PathParam("id") long id, ReceiptInput in, @Context SecurityContext sc) {
        return applications.receipt(access.caller(sc), id, Validation.body(in));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw WfedException.invalidField(field, org.wfed.core.FieldCode.INVALID_VALUE, value);
        }
    }

    static LocalDate date(String value) {
        return org.wfed.core.Validation.date("on", value);
    }
}
