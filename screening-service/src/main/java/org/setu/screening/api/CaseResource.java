package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.setu.events.screening.ErasureReason;
import org.setu.kit.api.QueryParams;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.CaseService;
import org.setu.screening.app.Views;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseService cases;
    @Inject
    CallerContext callers;

    /** With {@code ref}: the look-up by the reference read over the phone. Without: the agency's cases, newest first. */
    @GET
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    public Views.Page<Views.CaseSummary> list(@QueryParam("ref") String ref,
                                              @QueryParam("page") String page, @QueryParam("size") String size) {
        if (ref != null) return cases.byRef(ref, callers.caller());
        return cases.list(callers.caller(), QueryParams.wholeNumber("page", page, 0, 0, 1_000_000),
                QueryParams.wholeNumber("size", size, 20, 1, 200));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    public Views.CaseView get(@PathParam("id") UUID id) {
        return cases.view(id, callers.caller());
    }

    @PUT
    @Path("{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    public Views.ConsentView consent(@PathParam("id") UUID id, @Valid @NotNull ScreeningRequest.ConsentRequest consent) {
        return cases.changeConsent(id, consent.toConsent(), consent.crossBorder(), callers.caller());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.CaseSummary close(@PathParam("id") UUID id, @Valid @NotNull CloseRequest request) {
        return cases.close(id, request.reason(), callers.caller());
    }

    /** Erasure by crypto-shredding; afterwards the case answers 404 everywhere. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({"case-worker", "nrm-coordinator"})
    public void erase(@PathParam("id") UUID id, @QueryParam("reason") @DefaultValue("PERSON_REQUEST") ErasureReason reason) {
        cases.erase(id, reason, callers.caller());
    }

    @GET
    @Path("{id}/shared-view")
    @RolesAllowed("provider-staff")
    public Views.SharedView sharedView(@PathParam("id") UUID id) {
        return cases.sharedView(id, callers.caller());
    }

    /** Other agencies' cases an NRM coordinator confirmed as this person, as far as their consent allows. */
    @GET
    @Path("{id}/linked-cases")
    @RolesAllowed({"screener", "case-worker", "nrm-coordinator"})
    public List<Views.LinkedCaseView> linkedCases(@PathParam("id") UUID id) {
        return cases.linkedCases(id, callers.caller());
    }
}
