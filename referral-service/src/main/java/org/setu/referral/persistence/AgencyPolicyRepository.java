package org.setu.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.domain.AgencyRoutingPolicy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The agencies' routing policies ({@code agency_routing_policy}). An agency without a row follows
 * {@code setu.routing.approve-first-by-default} (false: sent at once), reported as version 0.
 */
@ApplicationScoped
public class AgencyPolicyRepository implements PanacheRepositoryBase<AgencyPolicyEntity, UUID> {

    @ConfigProperty(name = "setu.routing.approve-first-by-default", defaultValue = "false")
    boolean approveFirstByDefault;

    public AgencyRoutingPolicy policyOf(UUID agencyId) {
        return findByIdOptional(agencyId).map(AgencyPolicyRepository::toDomain)
                .orElseGet(() -> AgencyRoutingPolicy.defaultFor(agencyId, approveFirstByDefault));
    }

    /** The stored policies, by agency id so that pages do not shift between requests. */
    public List<AgencyRoutingPolicy> page(int page, int size) {
        return findAll(Sort.by("agencyId")).page(Page.of(page, size)).list().stream()
                .map(AgencyPolicyRepository::toDomain).toList();
    }

    /**
     * Stores a new version in one statement, so two admins saving at once cannot both win. With an expected version
     * the row must still be at it (0: no row yet); without one the last write wins. Empty when the version was stale.
     */
    public Optional<AgencyRoutingPolicy> save(UUID agencyId, Long expectedVersion, Set<Urgency> urgencies,
                                              Set<ServiceCategory> categories, Instant at) {
        String sql;
        if (expectedVersion == null) {
            sql = """
                    INSERT INTO agency_routing_policy (agency_id, approve_first_urgencies, approve_first_categories, version, updated_at)
                    VALUES (:agency, :urgencies, :categories, 1, :at)
                    ON CONFLICT (agency_id) DO UPDATE SET approve_first_urgencies = EXCLUDED.approve_first_urgencies,
                        approve_first_categories = EXCLUDED.approve_first_categories,
                        version = agency_routing_policy.version + 1, updated_at = EXCLUDED.updated_at""";
        } else if (expectedVersion == 0) {
            sql = """
                    INSERT INTO agency_routing_policy (agency_id, approve_first_urgencies, approve_first_categories, version, updated_at)
                    VALUES (:agency, :urgencies, :categories, 1, :at)
                    ON CONFLICT (agency_id) DO NOTHING""";
        } else {
            sql = """
                    UPDATE agency_routing_policy SET approve_first_urgencies = :urgencies,
                        approve_first_categories = :categories, version = version + 1, updated_at = :at
                    WHERE agency_id = :agency AND version = :expected""";
        }
        var query = getEntityManager().createNativeQuery(sql).setParameter("agency", agencyId)
                .setParameter("urgencies", codes(urgencies)).setParameter("categories", codes(categories))
                .setParameter("at", at);
        if (expectedVersion != null && expectedVersion != 0) query.setParameter("expected", expectedVersion);
        if (query.executeUpdate() == 0) return Optional.empty();
        AgencyPolicyEntity stored = findById(agencyId);
        getEntityManager().refresh(stored);   // the native statement bypassed the persistence context
        return Optional.of(toDomain(stored));
    }

    /** For tests: the old yes/no, "every referral that may wait, waits" or "none does". */
    @Transactional
    public void set(UUID agencyId, boolean approveFirst) {
        AgencyRoutingPolicy p = AgencyRoutingPolicy.defaultFor(agencyId, approveFirst);
        save(agencyId, null, p.approveFirstUrgencies(), p.approveFirstCategories(), Instant.now());
    }

    private static String[] codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static AgencyRoutingPolicy toDomain(AgencyPolicyEntity e) {
        return new AgencyRoutingPolicy(e.agencyId, e.version,
                Arrays.stream(e.approveFirstUrgencies).map(Urgency::valueOf).collect(Collectors.toSet()),
                Arrays.stream(e.approveFirstCategories).map(ServiceCategory::valueOf).collect(Collectors.toSet()), e.updatedAt);
    }
}
