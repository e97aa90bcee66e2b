package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.InvalidRequestException;
import org.setu.kit.api.NotFound;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.security.Caller;
import org.setu.screening.domain.abroad.AgencyLocation;
import org.setu.screening.domain.abroad.Countries;
import org.setu.screening.persistence.AgencyLocationRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Where an agency works (issue #19, item 1): set by its agency admin, read by its own staff and by the NRM
 * coordinators. An agency abroad screens in a country and a city; every other agency screens in Bangladesh.
 */
@ApplicationScoped
public class AgencyLocationService {

    static final String RESOURCE = "agency-location";
    static final String AGENCY_ADMIN = "agency-admin";

    @Inject
    AgencyLocationRepository locations;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** An agency's location as the API shows it: {@code updatedAt} and {@code updatedBy} are null while it never said. */
    public record Located(UUID agencyId, AgencyLocation location, Instant updatedAt, String updatedBy) {
    }

    /** Where the agency works; Bangladesh while it has not said otherwise. */
    public AgencyLocation of(UUID agencyId) {
        return locations.find(agencyId).map(AgencyLocationRepository.Stored::location).orElse(AgencyLocation.IN_BANGLADESH);
    }

    @Transactional
    public Located read(UUID agencyId, Caller caller) {
        visible(agencyId, caller);
        return locations.find(agencyId).map(s -> new Located(agencyId, s.location(), s.updatedAt(), s.updatedBy()))
                .orElse(new Located(agencyId, AgencyLocation.IN_BANGLADESH, null, null));
    }

    /** Replaces the agency's location; only its own agency admin may, as for its directory entry. */
    @Transactional
    public Located write(UUID agencyId, Caller caller, AgencyLocation location) {
        if (!caller.actsFor(agencyId)) throw new NotFound();
        if (!Countries.known(location.country())) {
            throw new InvalidRequestException("country", "must be an ISO 3166-1 alpha-2 code such as SA");
        }
        if (location.abroad() && (location.city() == null || location.city().isBlank())) {
            throw new InvalidRequestException("city", "is required when the agency works abroad");
        }
        Instant now = clock.instant();
        locations.save(agencyId, location, now, caller.username());
        audit.record(AuditTrail.CHANGE, RESOURCE, agencyId.toString(), "DIRECTORY_MANAGEMENT");
        return new Located(agencyId, location, now, caller.username());
    }

    /** Another agency's location answers 404, as its other records do, so that agency ids cannot be probed. */
    private static void visible(UUID agencyId, Caller caller) {
        if (!caller.hasRole(CaseAccess.COORDINATOR) && !caller.actsFor(agencyId)) throw new NotFound();
    }
}
