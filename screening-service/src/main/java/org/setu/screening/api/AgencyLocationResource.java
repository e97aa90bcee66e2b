package org.setu.screening.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.setu.kit.security.CallerContext;
import org.setu.screening.app.AgencyLocationService;
import org.setu.screening.domain.abroad.AgencyLocation;

import java.time.Instant;
import java.util.UUID;

/** Where an agency works: Bangladesh, or a country and a city abroad, whose screeners then screen there (issue #19). */
@Path("/api/v1/agencies/{agencyId}/location")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyLocationResource {

    public record AgencyLocationRequest(
            @NotNull @Pattern(regexp = ScreeningRequest.COUNTRY, message = ScreeningRequest.COUNTRY_MESSAGE) String country,
            @Size(max = 80) @Pattern(regexp = ScreeningRequest.CITY, message = ScreeningRequest.CITY_MESSAGE) String city) {
    }

    /** {@code abroad} is true for any country but BD; {@code updatedAt} and {@code updatedBy} are null while it never said. */
    public record AgencyLocationView(UUID agencyId, String country, String city, boolean abroad, Instant updatedAt,
                                     String updatedBy) {
        static AgencyLocationView of(AgencyLocationService.Located l) {
            return new AgencyLocationView(l.agencyId(), l.location().country(), l.location().city(), l.location().abroad(),
                    l.updatedAt(), l.updatedBy());
        }
    }

    @Inject
    AgencyLocationService locations;

    @Inject
    CallerContext callers;

    @GET
    @RolesAllowed({"screener", "case-worker", "agency-admin", "nrm-coordinator"})
    @Operation(summary = "Where the agency works; Bangladesh while its admin has not said otherwise")
    public AgencyLocationView get(@PathParam("agencyId") UUID agencyId) {
        return AgencyLocationView.of(locations.read(agencyId, callers.caller()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("agency-admin")
    @Operation(summary = "Say where the agency works (replaces it whole; the last write wins)")
    public AgencyLocationView put(@PathParam("agencyId") UUID agencyId, @Valid @NotNull AgencyLocationRequest body) {
        String city = body.city() == null || body.city().isBlank() ? null : body.city().strip();
        return AgencyLocationView.of(locations.write(agencyId, callers.caller(), new AgencyLocation(body.country(), city)));
    }
}
