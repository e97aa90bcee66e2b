package org.setu.referral.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which of an agency's referrals wait as {@code PROPOSED} for a case worker's approval: those of the urgencies in
 * {@code approveFirstUrgencies}, and those of the categories in {@code approveFirstCategories} whatever their
 * urgency. Everything else is sent at once. The safety rules of {@link RoutingPolicy} come before it.
 *
 * @param version   0 while the agency has stored no policy and the service's default applies; each change adds one
 * @param updatedAt null for the default
 */
public record AgencyRoutingPolicy(UUID agencyId, long version, Set<Urgency> approveFirstUrgencies,
                                  Set<ServiceCategory> approveFirstCategories, Instant updatedAt) {

    /** Immediate referrals never wait (RoutingPolicy), so a policy that names IMMEDIATE would promise what cannot happen. */
    public static final Set<Urgency> URGENCIES_THAT_MAY_WAIT = Collections.unmodifiableSet(EnumSet.of(Urgency.HIGH, Urgency.ROUTINE));

    public AgencyRoutingPolicy {
        // EnumSets, because routing asks them about a possibly missing urgency and Set.copyOf would throw on null
        approveFirstUrgencies = Collections.unmodifiableSet(enums(Urgency.class, approveFirstUrgencies));
        approveFirstCategories = Collections.unmodifiableSet(enums(ServiceCategory.class, approveFirstCategories));
    }

    /**
     * What applies while an agency has stored nothing: {@code setu.routing.approve-first-by-default}. "Approve first"
     * has always meant that every referral that may wait does.
     */
    public static AgencyRoutingPolicy defaultFor(UUID agencyId, boolean approveFirst) {
        return new AgencyRoutingPolicy(agencyId, 0, approveFirst ? URGENCIES_THAT_MAY_WAIT : Set.of(), Set.of(), null);
    }

    public boolean isDefault() {
        return version == 0;
    }

    /** How the explanation of a referral names the policy, so a case worker can find the version that decided. */
    public Reason label() {
        return isDefault() ? Reason.of("policy.default") : Reason.of("policy.version", Reason.value(version));
    }

    private static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) values.stream().filter(v -> v != null).forEach(set::add);
        return set;
    }
}
