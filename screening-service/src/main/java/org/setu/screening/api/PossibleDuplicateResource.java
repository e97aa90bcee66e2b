package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.QueryParams;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.DuplicateReviewService;
import org.setu.screening.app.Views;

import java.util.Set;
import java.util.UUID;

/** The NRM coordinators' queue of cases of different agencies that may be one person (docs/screening.md). */
@Path("/api/v1/possible-duplicates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("nrm-coordinator")
public class PossibleDuplicateResource {

    private static final Set<String> STATUSES = Set.of("PENDING", "CONFIRMED", "REJECTED");

    @Inject
    DuplicateReviewService review;
    @Inject
    CallerContext callers;

    /** Oldest first; {@code status} PENDING by default, {@code ALL} for every status. */
    @GET
    public Views.Page<Views.PossibleDuplicateView> list(@QueryParam("status") String status,
                                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        String wanted = status == null ? "PENDING" : status;
        if (!wanted.equals("ALL") && !STATUSES.contains(wanted)) {
            throw new InvalidRequestException("status", "must be PENDING, CONFIRMED, REJECTED or ALL");
        }
        return review.list(wanted.equals("ALL") ? null : wanted, QueryParams.wholeNumber("page", page, 0, 0, 1_000_000),
                QueryParams.wholeNumber("size", size, 20, 1, 200));
    }

    @GET
    @Path("{id}")
    public Views.PossibleDuplicateView get(@PathParam("id") UUID id) {
        return review.get(id);
    }

    /** The same person: each agency may now read the other's case as far as its consent allows. */
    @POST
    @Path("{id}/confirmation")
    public Views.PossibleDuplicateView confirm(@PathParam("id") UUID id) {
        return review.decide(id, true, callers.caller());
    }

    /** Two people: nothing is shared, and the pair leaves the queue. */
    @POST
    @Path("{id}/rejection")
    public Views.PossibleDuplicateView reject(@PathParam("id") UUID id) {
        return review.decide(id, false, callers.caller());
    }
}
