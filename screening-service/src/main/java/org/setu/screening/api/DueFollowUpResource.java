package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.api.QueryParams;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.FollowUpService;

/**
 * A case worker's list of follow-ups to make: the days coming up, and those already overdue. The NRM coordinators read
 * every agency's overdue days here as escalations.
 */
@Path("/api/v1/follow-ups/due")
@Produces(MediaType.APPLICATION_JSON)
public class DueFollowUpResource {

    @Inject
    FollowUpService followUps;
    @Inject
    CallerContext callers;

    @GET
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    @Operation(summary = "Follow-ups due within the next days (14 unless withinDays says otherwise) or overdue, earliest first;"
            + " status=OVERDUE keeps the overdue ones (the coordinators' escalations), status=DUE the others")
    public FollowUpService.DuePage due(@QueryParam("withinDays") String withinDays, @QueryParam("status") String status,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        return followUps.due(callers.caller(), QueryParams.wholeNumber("withinDays", withinDays, 14, 0, 366),
                QueryParams.oneOf("status", status, FollowUpService.DayStatus.class),
                QueryParams.wholeNumber("page", page, 0, 0, 1_000_000), QueryParams.wholeNumber("size", size, 20, 1, 200));
    }
}
