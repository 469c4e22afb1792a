package org.wfed.example.insurance.internal;

import java.util.List;
import javax.ws.rs.Consumes;
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
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.PersonService;
import org.wfed.core.Validation;
import org.wfed.core.dto.PersonFacts;

/**
 * {@code /api/insurance/policies}: policies bought for women of the caller's subtree. Thin, as every resource: parse,
 * authorise (role and subtree), call {@link PolicyService}; the SQL lives in {@link PolicyStore}.
 */
@Component(service = InsuranceResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect("(osgi.jaxrs.name=wfed)")
@Path("insurance/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InsuranceResource {

    private final AccessControl access;
    private final PersonService people;
    private final PolicyService policies;

    @Activate
    public InsuranceResource(@Reference AccessControl access, @Reference PersonService people, @Reference PolicyService policies) {
        this.access = access;
        this.people = people;
        this.policies = policies;
    }

    @GET
    public List<Policy> list(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        long unit = unitId == null ? caller.unitId() : unitId;
        access.check(caller, InsuranceContributions.READ, unit);
        return policies.list(unit, year);
    }

    @POST
    public Response create(NewPolicy in, @Context SecurityContext sc) {
        Validation.body(in);
        Caller caller = access.caller(sc);
        PersonFacts woman = people.facts(in.personId());
        access.check(caller, InsuranceContributions.WRITE, woman.unitId());
        return Response.status(201).entity(policies.create(caller, woman, in)).build();
    }
}
