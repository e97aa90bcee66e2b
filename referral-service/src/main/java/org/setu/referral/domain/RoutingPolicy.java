package org.setu.referral.domain;

import org.setu.events.vocabulary.Urgency;

/** Whether a new referral goes to the provider at once or waits for a case worker's approval. */
public final class RoutingPolicy {

    public record Dispatch(boolean sendNow, String reason) {
    }

    private RoutingPolicy() {
    }

    /**
     * Immediate danger and children cannot wait for office hours, whatever the agency prefers; other cases go
     * out at once too, unless the referring agency asked to approve each referral first.
     */
    public static Dispatch dispatch(CaseFacts facts, boolean agencyApprovesFirst) {
        if (facts.urgency() == Urgency.IMMEDIATE) return new Dispatch(true, "immediate urgency: sent at once");
        if (facts.isChild()) return new Dispatch(true, "a child: sent at once");
        if (agencyApprovesFirst) return new Dispatch(false, "the referring agency approves referrals before they are sent");
        return new Dispatch(true, "the referring agency sends referrals at once");
    }
}
