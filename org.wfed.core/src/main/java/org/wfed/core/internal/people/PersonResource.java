package org.wfed.core.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
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
import org.wfed.core.Masks;
import org.wfed.core.Sensitive;
import org.wfed.core.Validation;
import org.wfed.core.dto.Person;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.internal.auth.CorePermissions;
import org.wfed.core.Page;
import org.wfed.core.internal.people.PersonStore.Row;
import org.wfed.core.internal.rest.WfedApplication;

/**
 * {@code /api/people}: the person registry of the caller's subtree. ID numbers (and the names of
 * children under 14) leave masked unless the caller may and asks with {@code reveal=true}. The rules are
 * {@link PersonRegistry}'s, the SQL {@link PersonStore}'s.
 */
@Component(service = PersonResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WfedApplication.SELECT)
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PersonResource {
    private final AccessControl access;
    private final PersonRegistry registry;
    private final Sensitive sensitive;

    @Activate
    public PersonResource(@Reference AccessControl access, @Reference PersonRegistry registry, @Reference Sensitive sensitive) {
        this.access = access;
        this.registry = registry;
        this.sensitive = sensitive;
    }

    @GET
    public Page<Person> list(@QueryParam("unitId") Long unitId, @QueryParam("q") @DefaultValue("") String q,
                             @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size,
                             @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.PEOPLE_READ);
        long root = unitId == null ? caller.unitId() : unitId;
        access.checkUnit(caller, root);
        Page<Row> rows = registry.search(caller, root, q, Page.request(page, size));
        List<Person> items = new ArrayList<>();
        for (Row r : rows.items()) {
            items.add(view(caller, r, false));
        }
        return new Page<>(items, rows.total(), rows.page(), rows.size());
    }

    @GET
    @Path("{id}")
    public Person get(@PathParam("id") long id, @QueryParam("reveal") @DefaultValue("false") boolean reveal,
                      @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.PEOPLE_READ);
        Row r = registry.get(id);
        access.checkUnit(caller, r.unitId());
        return view(caller, r, reveal);
    }

    @POST
    public Response create(PersonInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.PEOPLE_WRITE);
        long id = registry.create(caller, Validation.body(in));
        return Response.status(201).entity(view(caller, registry.get(id), false)).build();
    }

    /**
     * Updates a person. The ID number, phone, birth date and sex, which the client may only have seen
     * masked, are kept when the request leaves them out (null); a masked child's name is kept likewise.
     */
    @PUT
    @Path("{id}")
    public Person update(@PathParam("id") long id, PersonInput in, @Context SecurityContext sc) {
        Caller caller = access.caller(sc);
        access.require(caller, CorePermissions.PEOPLE_WRITE);
        Validation.body(in);
        Row existing = registry.get(id);
        access.checkUnit(caller, existing.unitId());
        access.checkUnit(caller, in.unitId());
        registry.update(caller, existing, in);
        return view(caller, registry.get(id), false);
    }

    private Person view(Caller caller, Row r, boolean reveal) {
        boolean child = r.birthDate() != null && r.birthDate().plusYears(14).isAfter(LocalDate.now());
        String id = sensitive.show(caller, Sensitive.Kind.ID_NUMBER, r.idNumber(), reveal, "person", r.id());
        String name = child ? sensitive.show(caller, Sensitive.Kind.CHILD_NAME, r.name(), reveal, "person", r.id()) : r.name();
        String phone = sensitive.show(caller, Sensitive.Kind.PHONE, r.phone(), reveal, "person", r.id());
        LocalDate birth = sensitive.birthDate(caller, r.birthDate(), reveal, "person", r.id());
        return new Person(r.id(), r.unitId(), name, r.sex(), birth, id, phone, r.household(), r.education(),
                r.partyMember(), r.occupation(), r.ruralHukou(), !reveal, r.version(), Masks.birthYear(r.birthDate()));
    }
}
