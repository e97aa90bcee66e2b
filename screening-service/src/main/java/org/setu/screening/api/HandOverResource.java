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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.kit.api.QueryParams;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.HandOverService;
import org.setu.screening.app.Views;
import org.setu.screening.domain.handover.HandOverSide;
import org.setu.screening.domain.handover.HandOverStatus;

import java.util.UUID;

/** Hand-overs across cases: an agency's incoming and outgoing lists, and the answers to a proposal. */
@Path("/api/v1/hand-overs")
@Produces(MediaType.APPLICATION_JSON)
public class HandOverResource {

    /** Why the receiving agency declines: a code, never free text. */
    public record DeclineRequest(@NotNull HandOverDeclineReason reason) {
    }

    @Inject
    HandOverService handOvers;

    @Inject
    CallerContext callers;

    @GET
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    @Operation(summary = "The hand-overs the caller's agency received (INCOMING), sent (OUTGOING) or both, newest first; "
            + "a coordinator's list holds every agency's")
    public Views.Page<HandOverService.HandOver> list(@QueryParam("direction") String direction,
                                                     @QueryParam("status") String status,
                                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        HandOverSide side = direction == null ? HandOverSide.EITHER
                : QueryParams.oneOf("direction", direction, Direction.class).side;
        return handOvers.list(callers.caller(), side, QueryParams.oneOf("status", status, HandOverStatus.class),
                QueryParams.wholeNumber("page", page, 0, 0, 1_000_000), QueryParams.wholeNumber("size", size, 20, 1, 200));
    }

    @POST
    @Path("{handOverId}/accept")
    @RolesAllowed("case-worker")
    @Operation(summary = "The receiving agency takes the case: it owns it from now on")
    @APIResponse(responseCode = "403", description = "the caller's agency is not the receiving agency")
    @APIResponse(responseCode = "409", description = "the hand-over was already answered or withdrawn, or the case is not open")
    public HandOverService.HandOver accept(@PathParam("handOverId") UUID id) {
        return handOvers.accept(id, callers.caller());
    }

    @POST
    @Path("{handOverId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("case-worker")
    @Operation(summary = "The receiving agency declines the case, with a reason; it stays with the proposing agency")
    @APIResponse(responseCode = "403", description = "the caller's agency is not the receiving agency")
    @APIResponse(responseCode = "409", description = "the hand-over was already answered or withdrawn")
    public HandOverService.HandOver decline(@PathParam("handOverId") UUID id, @Valid @NotNull DeclineRequest body) {
        return handOvers.decline(id, body.reason(), callers.caller());
    }

    @POST
    @Path("{handOverId}/withdraw")
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    @Operation(summary = "The proposing agency (or a coordinator) takes the proposal back")
    @APIResponse(responseCode = "403", description = "the caller's agency is the receiving one, which answers instead")
    @APIResponse(responseCode = "409", description = "the hand-over was already answered or withdrawn")
    public HandOverService.HandOver withdraw(@PathParam("handOverId") UUID id) {
        return handOvers.withdraw(id, callers.caller());
    }

    /** The query's words for a list's side. */
    enum Direction {
        INCOMING(HandOverSide.INCOMING), OUTGOING(HandOverSide.OUTGOING);

        final HandOverSide side;

        Direction(HandOverSide side) {
            this.side = side;
        }
    }
}
