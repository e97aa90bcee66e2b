package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.setu.kit.api.IfMatch;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.ArrivalsService;
import org.setu.screening.app.PlannedReturnService;
import org.setu.screening.app.Screened;
import org.setu.screening.app.TraceText;
import org.setu.screening.domain.repatriation.NationalityVerification;
import org.setu.screening.domain.repatriation.PlannedReturn;
import org.setu.events.screening.TravelMode;
import org.setu.screening.domain.repatriation.VerificationAuthority;
import org.setu.events.screening.VerificationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** When and where a person abroad is expected home, and whether the repatriation waits on nationality verification. */
@Path("/api/v1/cases/{id}/planned-return")
@Produces(MediaType.APPLICATION_JSON)
public class PlannedReturnResource {

    /** A flight number, a bus or train reference: letters and digits, with spaces or hyphens between them. */
    static final String TRANSPORT_REF = "[\\p{L}\\p{N}][\\p{L}\\p{N} -]*";

    public record VerificationRequest(@NotNull VerificationStatus status,
                                      @NotNull VerificationAuthority waitingOn, @NotNull LocalDate since) {
    }

    public record PlannedReturnRequest(@NotNull LocalDate expectedFrom, @NotNull LocalDate expectedTo,
                                       @NotBlank @Size(max = 16) String portOfEntry, @NotNull TravelMode mode,
                                       @Size(max = 32) @Pattern(regexp = TRANSPORT_REF,
                                               message = "must be letters and digits, with spaces or hyphens between them") String transportRef,
                                       @Valid VerificationRequest nationalityVerification) {
        PlannedReturn toPlan() {
            NationalityVerification v = nationalityVerification == null ? null : new NationalityVerification(
                    nationalityVerification.status(), nationalityVerification.waitingOn(), nationalityVerification.since());
            return new PlannedReturn(expectedFrom, expectedTo, portOfEntry, mode, transportRef == null ? null : transportRef.strip(), v);
        }
    }

    public record PlannedReturnView(UUID caseId, long version, LocalDate expectedFrom, LocalDate expectedTo, String portOfEntry,
                                    TravelMode mode, String transportRef, NationalityVerification nationalityVerification,
                                    Instant updatedAt, String updatedBy) {
        static PlannedReturnView of(PlannedReturnService.Planned p) {
            PlannedReturn r = p.plan();
            return new PlannedReturnView(p.caseId(), p.version(), r.expectedFrom(), r.expectedTo(), r.portOfEntry(), r.mode(),
                    r.transportRef(), r.nationalityVerification(), p.updatedAt(), p.updatedBy());
        }
    }

    /**
     * The day of the arrival, today when left out; and, when the desk screened the person again on the spot, the
     * answers to the case's instrument, which amend its latest screening.
     */
    public record ArrivalRequest(LocalDate arrivedOn, Map<String, Object> answers) {
    }

    @Inject
    PlannedReturnService returns;

    @Inject
    TraceText traceText;

    @Inject
    ArrivalsService arrivals;

    @Inject
    CallerContext callers;

    @GET
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    @Operation(summary = "The case's planned return; its ETag is the version a change must send in If-Match")
    public Response get(@PathParam("id") UUID id) {
        return tagged(Response.ok(), returns.read(id, callers.caller()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("case-worker")
    @Operation(summary = "Write the case's planned return: the first without If-Match, every change with the version read")
    @APIResponse(responseCode = "201", description = "the first planned return of the case")
    @APIResponse(responseCode = "200", description = "the planned return changed; ETag is its new version")
    @APIResponse(responseCode = "409", description = "If-Match is not the planned return's version, or the case is not open")
    @APIResponse(responseCode = "428", description = "the case has a planned return and If-Match is missing")
    public Response put(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull PlannedReturnRequest body) {
        var planned = returns.write(id, callers.caller(), body.toPlan(), IfMatch.version(ifMatch, "planned return"));
        return tagged(planned.version() == 1 ? Response.status(Response.Status.CREATED) : Response.ok(), planned);
    }

    @DELETE
    @RolesAllowed("case-worker")
    @Operation(summary = "Cancel the case's planned return, with the version read in If-Match")
    @APIResponse(responseCode = "204", description = "the planned return is cancelled")
    @APIResponse(responseCode = "404", description = "the case has no planned return (or is not the caller's agency's)")
    @APIResponse(responseCode = "409", description = "If-Match is not the planned return's version, or the case is not open")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        returns.cancel(id, callers.caller(), IfMatch.version(ifMatch, "planned return"));
        return Response.noContent().build();
    }

    @POST
    @Path("arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"screener", "case-worker"})
    @Operation(summary = "The desk at the port confirms that the person arrived; the referrals held for her can go")
    @APIResponse(responseCode = "204", description = "the arrival is recorded and announced")
    @APIResponse(responseCode = "200", description = "the arrival is recorded, and the answers given amended the latest "
            + "screening: its new outcome")
    @APIResponse(responseCode = "409", description = "the return is already settled, or the case is not open")
    public Response arrived(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                            @Valid ArrivalRequest body) {
        Map<String, Object> answers = body == null || body.answers() == null ? null : new LinkedHashMap<>(body.answers());
        Screened again = arrivals.arrived(callers.caller(), id, body == null ? null : body.arrivedOn(), answers);
        if (again == null) return Response.noContent().build();
        return Response.ok(ScreeningAnswer.of(again, traceText, TraceText.language(language))).build();
    }

    @POST
    @Path("no-show")
    @RolesAllowed({"screener", "case-worker"})
    @Operation(summary = "The desk at the port reports that the person did not come")
    @APIResponse(responseCode = "204", description = "the no-show is recorded and announced to the coordinators")
    @APIResponse(responseCode = "409", description = "the window has not begun, or the return is already settled")
    public Response noShow(@PathParam("id") UUID id) {
        arrivals.noShow(callers.caller(), id);
        return Response.noContent().build();
    }

    private static Response tagged(Response.ResponseBuilder answer, PlannedReturnService.Planned planned) {
        return answer.tag(new EntityTag(Long.toString(planned.version()))).entity(PlannedReturnView.of(planned)).build();
    }
}
