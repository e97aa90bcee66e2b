package org.setu.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.setu.referral.domain.PlannedReturn;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each case's planned return, one row per case, kept from the screening service's return events. */
@ApplicationScoped
public class PlannedReturnRepository implements PanacheRepositoryBase<PlannedReturnEntity, UUID> {

    public Optional<PlannedReturn> find(UUID caseId) {
        return findByIdOptional(caseId).map(PlannedReturnRepository::toDomain);
    }

    /** Row-locked, so that two return events of one case (delivered by two consumers' rebalance) apply one after the other. */
    public Optional<PlannedReturn> lock(UUID caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE).map(PlannedReturnRepository::toDomain);
    }

    /** The returns of several cases at once, for a page of upcoming arrivals. */
    public Map<UUID, PlannedReturn> ofCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) return Map.of();
        List<PlannedReturnEntity> rows = list("caseId in ?1", caseIds);
        return rows.stream().map(PlannedReturnRepository::toDomain)
                .collect(Collectors.toMap(PlannedReturn::caseId, Function.identity()));
    }

    public void save(PlannedReturn p, Instant at) {
        PlannedReturnEntity e = findById(p.caseId());
        if (e == null) {
            e = new PlannedReturnEntity();
            e.caseId = p.caseId();
            copy(p, e, at);
            persist(e);
        } else {
            copy(p, e, at);
        }
    }

    public void forget(UUID caseId) {
        deleteById(caseId);
    }

    private static void copy(PlannedReturn p, PlannedReturnEntity e, Instant at) {
        e.version = p.version();
        e.portOfEntry = p.portOfEntry();
        e.expectedFrom = p.expectedFrom();
        e.expectedTo = p.expectedTo();
        e.status = p.status().name();
        e.updatedAt = at;
    }

    private static PlannedReturn toDomain(PlannedReturnEntity e) {
        return new PlannedReturn(e.caseId, e.version, e.portOfEntry, e.expectedFrom, e.expectedTo,
                PlannedReturn.Status.valueOf(e.status));
    }
}
