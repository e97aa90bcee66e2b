package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.PracticeService;
import org.setu.screening.app.TraceText;
import org.setu.screening.app.Views;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Training over time: trainers (and agency admins) set practice cases for their agency's screeners and follow how
 * often the screeners' readings agree with the experts'; a screener follows their own. Progress is about staff
 * practising on fictional people, never about a person screened.
 */
@Path("/api/v1/practice")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    /** Practice cases for one screener of the trainer's agency, named by their user name. */
    public record Assignment(
            @NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "must be a user name (letters, digits and . _ - @)") String screener,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 80) String> cases,
            LocalDate dueOn) {
    }

    @Inject
    PracticeService practice;

    @Inject
    CallerContext callers;

    @Inject
    TraceText traceText;

    @POST
    @Path("assignments")
    @RolesAllowed({"trainer", "agency-admin"})
    @Operation(summary = "Set practice cases for a screener of your agency")
    public Response assign(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, @Valid @NotNull Assignment body) {
        var assigned = practice.assign(callers.caller(), body.screener(), body.cases(), body.dueOn());
        return Response.created(URI.create("/api/v1/practice/assignments"))
                .entity(PracticeViews.AssignmentView.of(assigned, TraceText.language(language))).build();
    }

    @GET
    @Path("assignments")
    @RolesAllowed({"trainer", "agency-admin", "screener", "case-worker", "nrm-coordinator"})
    @Operation(summary = "Practice assignments: the agency's for a trainer, your own otherwise, each case done or not")
    public Views.Page<PracticeViews.AssignmentView> assignments(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String lang = TraceText.language(language);
        List<PracticeViews.AssignmentView> items = practice.assignments(callers.caller()).stream()
                .map(a -> PracticeViews.AssignmentView.of(a, lang)).toList();
        return Views.Page.whole(items);
    }

    @GET
    @Path("progress/me")
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    @Operation(summary = "How often your practice readings agreed with the experts': per aspect, per case, per month")
    public PracticeViews.ProgressView mine(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return PracticeViews.ProgressView.of(practice.progressOf(callers.caller()), practice, traceText,
                TraceText.language(language));
    }

    @GET
    @Path("progress")
    @RolesAllowed({"trainer", "agency-admin"})
    @Operation(summary = "Your agency's screeners' agreement with the experts, each and as a cohort")
    public PracticeViews.AgencyProgressView agency(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String lang = TraceText.language(language);
        var progress = practice.progressInAgency(callers.caller());
        return new PracticeViews.AgencyProgressView(PracticeViews.ProgressView.of(progress.cohort(), practice, traceText, lang),
                progress.screeners().stream().map(p -> PracticeViews.ProgressView.of(p, practice, traceText, lang)).toList());
    }
}
