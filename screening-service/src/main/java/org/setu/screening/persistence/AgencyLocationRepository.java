package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.setu.screening.domain.abroad.AgencyLocation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where agencies work, one row per agency that said so; an agency without a row is in Bangladesh. */
@ApplicationScoped
public class AgencyLocationRepository implements PanacheRepositoryBase<AgencyLocationEntity, UUID> {

    /** The agency's location as stored, and who set it when. */
    public record Stored(AgencyLocation location, Instant updatedAt, String updatedBy) {
    }

    public Optional<Stored> find(UUID agencyId) {
        return findByIdOptional(agencyId).map(e -> new Stored(new AgencyLocation(e.country, e.city), e.updatedAt, e.updatedBy));
    }

    /** Replaces the agency's location whole: the last write wins, and the audit trail keeps every one. */
    public void save(UUID agencyId, AgencyLocation location, Instant at, String by) {
        AgencyLocationEntity e = findById(agencyId);
        boolean first = e == null;
        if (first) {
            e = new AgencyLocationEntity();
            e.agencyId = agencyId;
        }
        e.country = location.country();
        e.city = location.city();
        e.updatedAt = at;
        e.updatedBy = by;
        if (first) persist(e);
    }
}
