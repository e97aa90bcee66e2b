package org.setu.referral.api;

import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.domain.AgencyRoutingPolicy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agency's routing policy as the API shows it, sorted so that equal policies read the same.
 *
 * @param defaultPolicy true while the agency has set none (version 0) and the service's default applies
 */
public record RoutingPolicyView(UUID agencyId, long version, boolean defaultPolicy, List<Urgency> approveFirstUrgencies,
                                List<ServiceCategory> approveFirstCategories, Instant updatedAt) {

    static RoutingPolicyView of(AgencyRoutingPolicy p) {
        return new RoutingPolicyView(p.agencyId(), p.version(), p.isDefault(), p.approveFirstUrgencies().stream().sorted().toList(),
                p.approveFirstCategories().stream().sorted().toList(), p.updatedAt());
    }
}
