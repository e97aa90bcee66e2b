package org.setu.statistics.domain;

import java.util.Set;

/**
 * An unmet need is a need the directory could not serve: routing escalated the referral because no service matched
 * (NO_CANDIDATE) or because every service that matched declined or let it expire (NO_CANDIDATE_LEFT). An escalation
 * for another reason (a provider that did not answer in time while others were left) is not one.
 */
public final class UnmetNeeds {

    static final Set<String> REASONS = Set.of("NO_CANDIDATE", "NO_CANDIDATE_LEFT");

    private UnmetNeeds() {
    }

    public static Set<String> reasons() {
        return REASONS;
    }
}
