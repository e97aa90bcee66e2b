package org.setu.referral.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
public class DirectoryReadModel {

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    /** Stores the snapshot unless the one stored is as new or newer. @return whether it was stored */
    public boolean upsert(DirectoryService service, Instant at) {
        String snapshot = write(service);
        List<String> keys = coverageKeys(service);
        return sql.update("""
                INSERT INTO directory_service (id, organization_id, version, category, coverage_keys, removed, snapshot, updated_at)
                VALUES (?, ?, ?, ?, ?, false, ?::jsonb, ?)
                ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, version = EXCLUDED.version,
                    category = EXCLUDED.category, coverage_keys = EXCLUDED.coverage_keys, removed = false,
                    snapshot = EXCLUDED.snapshot, updated_at = EXCLUDED.updated_at
                 WHERE directory_service.version < EXCLUDED.version""", s -> {
            s.setObject(1, service.id());
            s.setObject(2, service.organizationId());
            s.setLong(3, service.version());
            s.setString(4, service.category().name());
            s.setArray(5, Sql.texts(s, keys));
            s.setString(6, snapshot);
            s.setTimestamp(7, Sql.ts(at));
        }) == 1;
    }

    /** Marks the service gone; its version stays, so older snapshots delivered late are still ignored. */
    public void remove(UUID serviceId, UUID organizationId, Instant at) {
        int changed = sql.update("UPDATE directory_service SET removed = true, snapshot = NULL, updated_at = ? WHERE id = ?", s -> {
            s.setTimestamp(1, Sql.ts(at));
            s.setObject(2, serviceId);
        });
        if (changed == 0) {
            // removed before we ever saw it: remember it, so that no older snapshot can create it
            sql.update("""
                    INSERT INTO directory_service (id, organization_id, version, category, coverage_keys, removed, updated_at)
                    VALUES (?, ?, 0, 'UNKNOWN', '{}', true, ?) ON CONFLICT (id) DO NOTHING""", s -> {
                s.setObject(1, serviceId);
                s.setObject(2, organizationId);
                s.setTimestamp(3, Sql.ts(at));
            });
        }
    }

    /** The services of a category whose coverage names any level of the place: the matcher's input. */
    public List<ServiceOffer> offersCovering(ServiceCategory category, Place place) {
        List<String> keys = place.coverageKeys(category);
        return sql.list("SELECT snapshot FROM directory_service WHERE NOT removed AND coverage_keys && ?",
                s -> s.setArray(1, Sql.texts(s, keys)), rs -> toOffer(read(rs.getString(1))));
    }

    public Optional<ServiceOffer> find(UUID serviceId) {
        return sql.one("SELECT snapshot FROM directory_service WHERE id = ? AND NOT removed",
                s -> s.setObject(1, serviceId), rs -> toOffer(read(rs.getString(1))));
    }

    public Optional<Long> versionOf(UUID serviceId) {
        return sql.one("SELECT version FROM directory_service WHERE id = ? AND NOT removed",
                s -> s.setObject(1, serviceId), rs -> rs.getLong(1));
    }

    public long count() {
        return sql.one("SELECT count(*) FROM directory_service WHERE NOT removed", s -> { }, rs -> rs.getLong(1)).orElse(0L);
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
