package org.setu.referral.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.DirectoryService;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.referral.domain.Area;
import org.setu.referral.domain.AreaLevel;
import org.setu.referral.domain.Place;
import org.setu.referral.domain.ServiceOffer;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The directory as routing reads it: the latest snapshot of every service, from the compacted directory topic.
 * Routing reads only this table, so it keeps working while the directory service is down.
 */
@ApplicationScoped
public class DirectoryReadModel implements PanacheRepositoryBase<DirectoryServiceEntity, UUID> {

    @Inject
    ObjectMapper json;

    /**
     * Stores the snapshot unless the one stored is as new or newer: a native upsert whose conflict clause compares
     * versions, so that a late, older snapshot never wins a race. @return whether it was stored
     */
    public boolean upsert(DirectoryService service, Instant at) {
        return getSession().createNativeQuery("""
                        INSERT INTO directory_service (id, organization_id, version, category, coverage_keys, removed, snapshot, updated_at)
                        VALUES (:id, :organization, :version, :serviceCategory, CAST(:keys AS text[]), false, CAST(:snapshot AS jsonb), :at)
                        ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, version = EXCLUDED.version,
                            category = EXCLUDED.category, coverage_keys = EXCLUDED.coverage_keys, removed = false,
                            snapshot = EXCLUDED.snapshot, updated_at = EXCLUDED.updated_at
                         WHERE directory_service.version < EXCLUDED.version""")
                .setParameter("id", service.id())
                .setParameter("organization", service.organizationId())
                .setParameter("version", service.version())
                .setParameter("serviceCategory", service.category().name())
                .setParameter("keys", coverageKeys(service).toArray(String[]::new))
                .setParameter("snapshot", write(service))
                .setParameter("at", at)
                .executeUpdate() == 1;
    }

    /** Marks the service gone; its version stays, so older snapshots delivered late are still ignored. */
    public void remove(UUID serviceId, UUID organizationId, Instant at) {
        int changed = update("removed = true, snapshot = null, updatedAt = ?1 where id = ?2", at, serviceId);
        if (changed == 0) {
            // removed before we ever saw it: remember it, so that no older snapshot can create it
            getSession().createNativeQuery("""
                            INSERT INTO directory_service (id, organization_id, version, category, coverage_keys, removed, updated_at)
                            VALUES (:id, :organization, 0, 'UNKNOWN', '{}', true, :at) ON CONFLICT (id) DO NOTHING""")
                    .setParameter("id", serviceId).setParameter("organization", organizationId).setParameter("at", at)
                    .executeUpdate();
        }
    }

    /**
     * The services of a category whose coverage names any level of the place: the matcher's input. Native: the
     * array overlap ({@code &&}) is what the GIN index on {@code coverage_keys} serves; only the snapshots are read.
     * No result class is named: Hibernate keys a native query's cached plan by its result classes, and a scalar
     * class such as {@code String} never equals the last call's, so each call would add a plan (docs/architecture.md,
     * "Persistence").
     */
    public List<ServiceOffer> offersCovering(ServiceCategory category, Place place) {
        List<String> keys = place.coverageKeys(category);
        List<?> snapshots = getEntityManager().createNativeQuery(
                        "SELECT snapshot::text FROM directory_service WHERE NOT removed AND coverage_keys && CAST(:keys AS text[])")
                .setParameter("keys", keys.toArray(String[]::new))
                .getResultList();
        return snapshots.stream().map(s -> toOffer(read((String) s))).toList();
    }

    public Optional<ServiceOffer> find(UUID serviceId) {
        return getEntityManager().createQuery(
                        "select d.snapshot from DirectoryServiceEntity d where d.id = :id and not d.removed", String.class)
                .setParameter("id", serviceId).getResultList().stream().findFirst().map(s -> toOffer(read(s)));
    }

    public Optional<Long> versionOf(UUID serviceId) {
        return getEntityManager().createQuery(
                        "select d.version from DirectoryServiceEntity d where d.id = :id and not d.removed", Long.class)
                .setParameter("id", serviceId).getResultList().stream().findFirst();
    }

    /** The services routing can choose from (removed ones keep their row). */
    public long countAvailable() {
        return count("removed = false");
    }

    public static List<String> coverageKeys(DirectoryService service) {
        Set<String> keys = new LinkedHashSet<>();
        for (Coverage c : service.coverage()) keys.add(Place.key(service.category(), toArea(c)));
        return List.copyOf(keys);
    }

    public static ServiceOffer toOffer(DirectoryService s) {
        var e = s.eligibility();
        Integer free = s.capacity() == null ? null : s.capacity().available();
        String unit = s.capacity() == null || s.capacity().unit() == null ? null : s.capacity().unit().name();
        String name = s.name() == null ? s.id().toString() : (s.name().en() != null ? s.name().en() : s.name().bn());
        return new ServiceOffer(s.id(), s.organizationId(), name, s.category(),
                s.coverage().stream().map(DirectoryReadModel::toArea).toList(),
                e == null ? Set.of() : new HashSet<>(e.genders()),
                e == null ? null : e.minAge(), e == null ? null : e.maxAge(),
                e == null ? Set.of() : new HashSet<>(e.victimCategories()),
                e == null ? Set.of() : new HashSet<>(e.nationalities()),
                new HashSet<>(s.languages()), free, unit, s.acceptingReferrals());
    }

    private static Area toArea(Coverage c) {
        return new Area(AreaLevel.valueOf(c.level().name()), c.id());
    }

    private String write(DirectoryService service) {
        try {
            return json.writeValueAsString(service);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a directory snapshot", e);
        }
    }

    private DirectoryService read(String snapshot) {
        try {
            return json.readValue(snapshot, DirectoryService.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable directory snapshot", e);
        }
    }
}
