package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.PracticeService;
import org.setu.screening.app.TraceText;
import org.setu.screening.app.Views;

import java.util.List;
import java.util.Map;

/**
 * Training: fictional cases a screener reads and answers with the real instrument, then sees the engine's outcome for
 * their answers beside the expert's, question by question. Nothing a practice does reaches a case, a topic or a person.
 */
@Path("/api/v1/practice/cases")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"screener", "case-worker", "nrm-coordinator", "trainer", "agency-admin"})
public class PracticeResource {

    /** The screener's answers to the case, as to {@code POST /api/v1/screenings}. */
    public record Attempt(@NotNull Map<String, Object> answers) {
    }

    @Inject
    PracticeService practice;

    @Inject
    TraceText traceText;

    @Inject
    CallerContext callers;

    @GET
    @Operation(summary = "The practice cases, with what each teaches")
    public Views.Page<PracticeViews.Summary> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String lang = TraceText.language(language);
        List<PracticeViews.Summary> items = practice.all().stream().map(c -> PracticeViews.Summary.of(c, lang)).toList();
        return Views.Page.whole(items);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A practice case's story and the instrument to answer it with; the expert's answers come with the result")
    public PracticeViews.CaseView get(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return PracticeViews.CaseView.of(practice.practiceCase(id), TraceText.language(language));
    }

    @POST
    @Path("{id}/attempts")
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    @Operation(summary = "Answer a practice case: the engine's outcome for your answers beside the expert's, and why they differ")
    public PracticeViews.Result attempt(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                                        @Valid @NotNull Attempt body) {
        String lang = TraceText.language(language);
        var practiceCase = practice.practiceCase(id);
        return PracticeViews.Result.of(practiceCase, practice.attempt(practiceCase, body.answers(), callers.caller()), traceText, lang);
    }
}
