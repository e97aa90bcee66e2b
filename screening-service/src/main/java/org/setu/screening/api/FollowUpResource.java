package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.FollowUpService;
import org.setu.screening.app.TraceText;
import org.setu.screening.domain.reintegration.ContactChannel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The follow-ups of a returnee's reintegration plan: each contact or attempt, scored with the survey when reached. */
@Path("/api/v1/cases/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    public record SurveyRef(@NotBlank @Size(max = 40) String code, @NotNull @Min(1) Integer version) {
    }

    /** Without {@code survey}, the current survey version; {@code answers} and {@code warningSigns} only when reached. */
    public record FollowUpRequest(LocalDate dueOn, @NotNull OffsetDateTime contactedAt, @NotNull ContactChannel channel,
                                  @NotNull Boolean reached, @Valid SurveyRef survey,
                                  @Size(max = 60) Map<@Size(max = 60) String, Object> answers,
                                  @Size(max = 20) Map<@Size(max = 60) String, Object> warningSigns) {
    }

    @Inject
    FollowUpService followUps;
    @Inject
    CallerContext callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("case-worker")
    @Operation(summary = "Record a follow-up: a contact that reached the person (with the survey's answers) or an attempt that did not")
    @APIResponse(responseCode = "201", description = "the follow-up, with its scores, warnings and trace in the language asked for")
    @APIResponse(responseCode = "409", description = "the case is not open")
    @APIResponse(responseCode = "422", description = "answers that do not fit the survey or the warning signs")
    public Response record(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                           @Valid @NotNull FollowUpRequest body) {
        var recorded = followUps.record(id, new FollowUpService.NewFollowUp(body.dueOn(), body.contactedAt().toInstant(),
                body.channel(), body.reached(), body.survey() == null ? null : body.survey().code(),
                body.survey() == null ? null : body.survey().version(), body.answers(), body.warningSigns()),
                callers.caller(), TraceText.language(language));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @GET
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    @Operation(summary = "The case's follow-ups, oldest first, and each day of its plan with whether it was kept")
    public FollowUpService.History list(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return followUps.history(id, callers.caller(), TraceText.language(language));
    }
}
