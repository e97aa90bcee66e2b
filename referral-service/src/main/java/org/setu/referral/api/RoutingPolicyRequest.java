package org.setu.referral.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.util.List;

/**
 * An agency's new routing policy, whole: which urgencies and which categories wait for approval (empty lists: all
 * is sent at once). {@code version} may stand in for {@code If-Match}; 0 replaces the default.
 */
public record RoutingPolicyRequest(
        @NotNull @Size(max = 20) List<@NotNull Urgency> approveFirstUrgencies,
        @NotNull @Size(max = 20) List<@NotNull ServiceCategory> approveFirstCategories,
        @PositiveOrZero Long version) {
}
