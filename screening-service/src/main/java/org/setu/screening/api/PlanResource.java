package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.setu.kit.api.IfMatch;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.PlanService;
import org.setu.screening.domain.reintegration.ReintegrationPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A returnee's reintegration plan: goals per dimension, the referrals that serve them, and the follow-up days. */
@Path("/api/v1/cases/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    public record GoalRequest(@NotBlank @Size(max = 20) String dimension, @NotBlank @Size(max = 2000) String text,
                              @Size(max = 20) List<@NotNull UUID> referralIds) {
        ReintegrationPlan.Goal toGoal() {
            return new ReintegrationPlan.Goal(dimension, text.strip(), referralIds == null ? List.of() : referralIds);
        }
    }

    /** Without {@code followUpsDue}, the follow-ups fall at the standard months after the anchor. */
    public record PlanRequest(@NotNull @Size(min = 1, max = 30) List<@NotNull @Valid GoalRequest> goals, @NotNull LocalDate anchor,
                              @Size(max = 24) List<@NotNull LocalDate> followUpsDue) {
    }

    public record PlanView(UUID caseId, long version, List<ReintegrationPlan.Goal> goals, LocalDate anchor,
                           List<LocalDate> followUpsDue, Instant updatedAt, String updatedBy) {
        static PlanView of(PlanService.Planned p) {
            return new PlanView(p.caseId(), p.version(), p.plan().goals(), p.plan().anchor(), p.plan().followUpsDue(),
                    p.updatedAt(), p.updatedBy());
        }
    }

    @Inject
    PlanService plans;

    @Inject
    CallerContext callers;

    @GET
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    @Operation(summary = "The case's reintegration plan; its ETag is the version a change must send in If-Match")
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), plans.read(id, callers.caller()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("case-worker")
    @Operation(summary = "Write the case's reintegration plan: the first without If-Match, every change with the version read")
    @APIResponse(responseCode = "201", description = "the first plan of the case")
    @APIResponse(responseCode = "200", description = "the plan changed; ETag is its new version")
    @APIResponse(responseCode = "409", description = "If-Match is not the plan's version, or the case is not open")
    @APIResponse(responseCode = "428", description = "the case has a plan and If-Match is missing")
    public Response put(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PlanRequest body) {
        var planned = plans.write(id, callers.caller(), body.goals().stream().map(GoalRequest::toGoal).toList(), body.anchor(),
                body.followUpsDue(), IfMatch.version(ifMatch, "plan"));
        return tagged(planned.version() == 1 ? Response.status(Response.Status.CREATED) : Response.ok(), planned);
    }

    private static Response tagged(Response.ResponseBuilder answer, PlanService.Planned planned) {
        return answer.tag(new EntityTag(Long.toString(planned.version()))).entity(PlanView.of(planned)).build();
    }
}
