package org.setu.directory.api;

import org.setu.kit.api.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.setu.directory.app.DirectoryReadService;
import org.setu.directory.app.DirectoryWriteService;
import org.setu.directory.app.Page;
import org.setu.directory.app.RequestActor;
import org.setu.directory.domain.Actor;
import org.setu.directory.domain.Location;
import org.setu.kit.api.IdempotencyKeys;

import java.net.URI;
import java.util.UUID;

/** Locations (HSDS location). Confidential ones show their address only to those who need it. */
@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationResource {

    @Inject
    DirectoryReadService reads;

    @Inject
    DirectoryWriteService writes;

    @Inject
    RequestActor requestActor;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    public Page<LocationJson.View> list(@QueryParam("organizationId") String organizationId, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        Page<Location> found = reads.locations(requestActor.current(), QueryParams.uuid("organizationId", organizationId),
                Paging.page(page), Paging.size(size, Paging.DEFAULT_SIZE, Paging.MAX_SIZE));
        return new Page<>(found.items().stream().map(LocationJson.View::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @GET
    @Path("{id}")
    public LocationJson.View get(@PathParam("id") UUID id) {
        return LocationJson.View.of(reads.location(requestActor.current(), id));
    }

    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid LocationJson.Request body) {
        return idempotency.respond(key, body, () -> {
            Location created = writes.createLocation(requestActor.current(), body.domain(UUID.randomUUID()));
            return Response.created(URI.create("/api/v1/locations/" + created.id()))
                    .entity(LocationJson.View.of(created)).build();
        });
    }

    @PUT
    @Path("{id}")
    public LocationJson.View update(@PathParam("id") UUID id, @NotNull @Valid LocationJson.Request body) {
        Actor a = requestActor.current();
        return LocationJson.View.of(DirectoryReadService.visibleTo(a, writes.updateLocation(a, id, body.domain(id))));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") UUID id) {
        writes.removeLocation(requestActor.current(), id);
        return Response.noContent().build();
    }
}
