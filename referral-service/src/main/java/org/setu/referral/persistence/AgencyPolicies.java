package org.setu.referral.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * Which agencies approve non-urgent adult referrals before they go out. A row in {@code agency_routing_policy}
 * decides; without one, {@code setu.routing.approve-first-by-default} does (false: sent at once).
 */
@ApplicationScoped
public class AgencyPolicies {

    @Inject
    Sql sql;

    @ConfigProperty(name = "setu.routing.approve-first-by-default", defaultValue = "false")
    boolean approveFirstByDefault;

    public boolean approvesFirst(UUID agencyId) {
        return sql.one("SELECT approve_first FROM agency_routing_policy WHERE agency_id = ?",
                s -> s.setObject(1, agencyId), rs -> rs.getBoolean(1)).orElse(approveFirstByDefault);
    }

    public void set(UUID agencyId, boolean approveFirst) {
        sql.update("""
                INSERT INTO agency_routing_policy (agency_id, approve_first, updated_at) VALUES (?, ?, now())
                ON CONFLICT (agency_id) DO UPDATE SET approve_first = EXCLUDED.approve_first, updated_at = now()""", s -> {
            s.setObject(1, agencyId);
            s.setBoolean(2, approveFirst);
        });
    }
}
