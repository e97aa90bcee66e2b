package org.setu.kit.testapp;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.setu.kit.api.IdempotencyKeys;
import org.setu.kit.security.CallerContext;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A test-only resource shaped like a service's: a validated body with an enum and a nested person. */
@Path("/api/v1/test/things")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ThingsResource {

    public enum Kind { SHELTER, MEDICAL, LEGAL_AID }

    public record Person(@Size(max = 40) String givenName, @NotNull @Past LocalDate dateOfBirth,
                         List<@NotBlank String> languages) {
    }

    public record ThingRequest(@NotNull Kind kind, @NotNull @Valid Person person, @Min(1) Integer count) {
    }

    @Inject
    Things things;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    CallerContext callers;

    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, @QueryParam("pauseMillis") long pauseMillis,
                           @Valid @NotNull ThingRequest request) {
        String createdBy = callers.caller().username();
        return idempotency.respond(key, request, () -> {
            try {
                Things.Thing thing = things.create(request.kind().name(), createdBy, pauseMillis);
                return Response.created(URI.create("/api/v1/test/things/" + thing.id())).entity(thing).build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @GET
    @Path("{id}")
    public Things.Thing get(@PathParam("id") UUID id) throws Exception {
        return things.find(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.WILDCARD)
    public Things.Thing approve(@PathParam("id") UUID id, @HeaderParam("If-Match") long version) throws Exception {
        return things.approve(id, version);
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("database password is hunter2 and the case belongs to Rahima");
    }
}
