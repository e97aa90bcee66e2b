package org.setu.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * Which agencies approve non-urgent adult referrals before they go out. A row in {@code agency_routing_policy}
 * decides; without one, {@code setu.routing.approve-first-by-default} does (false: sent at once).
 */
@ApplicationScoped
public class AgencyPolicyRepository implements PanacheRepositoryBase<AgencyPolicyEntity, UUID> {

    @ConfigProperty(name = "setu.routing.approve-first-by-default", defaultValue = "false")
    boolean approveFirstByDefault;

    public boolean approvesFirst(UUID agencyId) {
        return findByIdOptional(agencyId).map(p -> p.approveFirst).orElse(approveFirstByDefault);
    }

    @Transactional
    public void set(UUID agencyId, boolean approveFirst) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO agency_routing_policy (agency_id, approve_first, updated_at) VALUES (:agency, :approve, now())
                        ON CONFLICT (agency_id) DO UPDATE SET approve_first = EXCLUDED.approve_first, updated_at = now()""")
                .setParameter("agency", agencyId).setParameter("approve", approveFirst).executeUpdate();
    }
}
