package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.HandOverService;
import org.setu.screening.app.Views;

import java.net.URI;
import java.util.UUID;

/** A case's hand-overs (docs/screening.md, "Hand-over"): proposed by the owning agency, part of the case's history. */
@Path("/api/v1/cases/{id}/hand-overs")
@Produces(MediaType.APPLICATION_JSON)
public class CaseHandOverResource {

    /** The agency asked to take the case, by its directory organization id. */
    public record HandOverRequest(@NotNull UUID toAgency) {
    }

    @Inject
    HandOverService handOvers;

    @Inject
    CallerContext callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    @Operation(summary = "Propose to hand the case over to another agency, which accepts or declines")
    @APIResponse(responseCode = "201", description = "the hand-over waits for the receiving agency's answer")
    @APIResponse(responseCode = "409", description = "the case is not open, a hand-over is already waiting, or the person "
            + "has not consented to the case crossing a border")
    public Response propose(@PathParam("id") UUID id, @Valid @NotNull HandOverRequest body) {
        HandOverService.HandOver h = handOvers.propose(id, body.toAgency(), callers.caller());
        return Response.created(URI.create("/api/v1/hand-overs/" + h.id())).entity(h).build();
    }

    @GET
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    @Operation(summary = "The case's hand-overs, oldest first")
    public Views.Page<HandOverService.HandOver> list(@PathParam("id") UUID id) {
        return Views.Page.whole(handOvers.ofCase(id, callers.caller()));
    }
}
