package org.wfed.core.internal.rest.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

/** A resource as modules write them, for the reference's tests: checks in the resource, a helper and a service's lambda. */
@Path("things")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ThingResource {

    static final String READ = "things.read";
    static final String MANAGE = "things.manage";

    /** A record of the fixture's domain. */
    public record Thing(long id, String name, LocalDate founded, Kind kind, List<String> tags) {
    }

    /** What a clerk sends to record a thing. */
    public record ThingInput(String name, LocalDate founded, Kind kind) {
    }

    /** The kinds of things. */
    public enum Kind { SMALL, LARGE }

    /** Stands for AccessControl. */
    static final class Guard {
        void require(String permission) {
            if (permission.isEmpty()) {
                throw new IllegalStateException("no permission named");
            }
        }
    }

    /** Stands for a module's service: checks inside its transaction's lambda. */
    static final class ThingService {
        private final Guard guard = new Guard();

        Thing read(long id) {
            return transaction(() -> {
                guard.require(READ);
                return new Thing(id, "安康", LocalDate.of(2026, 1, 1), Kind.SMALL, List.of());
            });
        }

        Thing create(ThingInput in) {
            return new Thing(1, in.name(), in.founded(), in.kind(), List.of());
        }

        private static <T> T transaction(Supplier<T> work) {
            return work.get();
        }
    }

    private final Guard guard = new Guard();
    private final ThingService service = new ThingService();

    @GET
    public List<Thing> list(@QueryParam("unitId") Long unitId, @QueryParam("page") @DefaultValue("1") int page,
                            @Context SecurityContext sc) {
        guard.require(READ);
        String greeting = "hello";
        return List.of(new Thing(page, greeting, null, Kind.LARGE, List.of()));
    }

    @POST
    public Response create(ThingInput in, @Context SecurityContext sc) {
        guard.require(MANAGE);
        return Response.status(Response.Status.CREATED).entity(service.create(in)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Thing get(@PathParam("id") long id) {
        return service.read(id);
    }

    @DELETE
    @Path("/{id: [0-9]+}/")
    public Response delete(@PathParam("id") long id) {
        manage(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]+}/sheet")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response sheet(@PathParam("id") long id) {
        guard.require(READ);
        byte[] bytes = ("id\n" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Response.ok(bytes, "text/csv").build();
    }

    @GET
    @Path("open")
    public Thing open() {
        return new Thing(0, "", null, Kind.SMALL, List.of());
    }

    private void manage(long id) {
        if (id > 0) {
            guard.require(MANAGE);
        }
    }
}
