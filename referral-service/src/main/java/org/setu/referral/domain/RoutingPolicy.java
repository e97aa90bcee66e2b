package org.setu.referral.domain;

import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

/** Whether a new referral goes to the provider at once or waits for a case worker's approval, and why. */
public final class RoutingPolicy {

    public record Dispatch(boolean sendNow, String reason) {
    }

    private RoutingPolicy() {
    }

    public static Dispatch dispatch(CaseFacts facts, ServiceCategory category, AgencyRoutingPolicy policy) {
        return dispatch(facts.urgency(), facts.isChild(), category, policy);
    }

    /**
     * Immediate danger and children cannot wait for office hours, whatever the agency prefers. Other referrals follow
     * the referring agency's policy: a category it approves first waits at any urgency, then the urgencies it
     * approves first wait; the rest is sent at once. Every reason names the policy version that applied.
     */
    public static Dispatch dispatch(Urgency urgency, boolean child, ServiceCategory category, AgencyRoutingPolicy policy) {
        if (urgency == Urgency.IMMEDIATE) {
            return new Dispatch(true, "immediate urgency: sent at once, whatever " + policy.label() + " says");
        }
        if (child) return new Dispatch(true, "a child: sent at once, whatever " + policy.label() + " says");
        if (policy.approveFirstCategories().contains(category)) {
            return new Dispatch(false, policy.label() + ": " + category + " referrals wait for a case worker's approval");
        }
        if (policy.approveFirstUrgencies().contains(urgency)) {
            return new Dispatch(false, policy.label() + ": " + urgency + " referrals wait for a case worker's approval");
        }
        return new Dispatch(true, policy.label() + ": " + urgency + " " + category + " referrals are sent at once");
    }
}
