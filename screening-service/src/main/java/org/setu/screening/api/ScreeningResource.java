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
import jakarta.ws.rs.core.Response;
import org.setu.kit.api.IdempotencyKeys;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.CaseService;
import org.setu.screening.app.ScreeningService;
import org.setu.screening.app.TraceText;
import org.setu.screening.app.Views;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/screenings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    @Inject
    ScreeningService screenings;
    @Inject
    CaseService cases;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    CallerContext callers;
    @Inject
    TraceText traceText;

    @POST
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                           @Valid @NotNull ScreeningRequest request) {
        var caller = callers.caller();
        return idempotency.respond(key, request, () -> {
            ScreeningAnswer answer = ScreeningAnswer.of(screenings.submit(request.toCommand(), caller), traceText,
                    TraceText.language(language));
            return Response.created(URI.create("/api/v1/screenings/" + answer.id())).entity(answer).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    public Views.ScreeningView get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return cases.screening(id, callers.caller(), TraceText.language(language));
    }

    @POST
    @Path("{id}/amendments")
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    public ScreeningAnswer amend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                                 @Valid @NotNull AmendmentRequest request) {
        return ScreeningAnswer.of(screenings.amend(id, request.answersCopy(),
                request.person() == null ? null : request.person().toInput(),
                request.location() == null ? null : request.location().toArea(), request.countryOfExploitation(), callers.caller()),
                traceText, TraceText.language(language));
    }
}
