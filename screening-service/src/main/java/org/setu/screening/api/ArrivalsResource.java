package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.QueryParams;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.ArrivalsService;
import org.setu.screening.app.Views;
import org.setu.screening.domain.repatriation.ArrivalPolicy;

import java.util.List;

/** The arrivals desk's lists (docs/screening.md, "Arrivals desk"); its settlements are on the planned return itself. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ArrivalsResource {

    @Inject
    ArrivalsService arrivals;

    @Inject
    CallerContext callers;

    @GET
    @Path("return/arrivals")
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    @Operation(summary = "The returns expected at a port from today for the given days, as the desk there may see them")
    @APIResponse(responseCode = "403", description = "the caller's agency is not a desk at the port")
    public Views.Page<ArrivalsService.Expected> expected(@QueryParam("port") String port, @QueryParam("days") String days) {
        if (port == null || port.isBlank()) throw new InvalidRequestException("port", "must not be blank");
        int ahead = QueryParams.wholeNumber("days", days, ArrivalPolicy.DEFAULT_DAYS_AHEAD, 1, ArrivalPolicy.MOST_DAYS_AHEAD);
        List<ArrivalsService.Expected> items = arrivals.expected(callers.caller(), port, ahead);
        return Views.Page.whole(items);
    }

    @GET
    @Path("return/missed")
    @RolesAllowed("nrm-coordinator")
    @Operation(summary = "Returns missed (a no-show, or a window passed unconfirmed) of open cases, the longest missed first")
    public Views.Page<ArrivalsService.MissedView> missed(@QueryParam("size") String size) {
        int limit = QueryParams.wholeNumber("size", size, 100, 1, 500);
        List<ArrivalsService.MissedView> items = arrivals.missed(limit);
        return new Views.Page<>(items, 0, limit, items.size());
    }
}
