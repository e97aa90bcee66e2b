package org.setu.directory.api;

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
import org.setu.kit.api.IdempotencyKeys;

import java.net.URI;
import java.util.UUID;

/** Organizations (HSDS organization): the providers, and the agencies whose staff use Setu. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    DirectoryReadService reads;

    @Inject
    DirectoryWriteService writes;

    @Inject
    RequestActor requestActor;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    public Page<OrganizationJson.View> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Page<org.setu.directory.domain.Organization> found = reads.organizations(Paging.page(page),
                Paging.size(size, Paging.DEFAULT_SIZE, Paging.MAX_SIZE));
        return new Page<>(found.items().stream().map(OrganizationJson.View::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @GET
    @Path("{id}")
    public OrganizationJson.View get(@PathParam("id") UUID id) {
        return OrganizationJson.View.of(reads.organization(id));
    }

    @POST
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid OrganizationJson.Request body) {
        return idempotency.respond(key, body, () -> {
            var created = writes.createOrganization(requestActor.current(), body.domain(UUID.randomUUID()));
            return Response.created(URI.create("/api/v1/organizations/" + created.id()))
                    .entity(OrganizationJson.View.of(created)).build();
        });
    }

    @PUT
    @Path("{id}")
    public OrganizationJson.View update(@PathParam("id") UUID id, @NotNull @Valid OrganizationJson.Request body) {
        return OrganizationJson.View.of(writes.updateOrganization(requestActor.current(), id, body.domain(id)));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") UUID id) {
        writes.removeOrganization(requestActor.current(), id);
        return Response.noContent().build();
    }
}
