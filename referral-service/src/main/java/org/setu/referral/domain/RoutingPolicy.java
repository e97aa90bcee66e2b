package org.setu.referral.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

/** Whether a new referral goes to the provider at once or waits for a case worker's approval, and why. */
public final class RoutingPolicy {

    /**
     * @param sendNow the referral goes to the provider now
     * @param hold    the referral waits, matched, for the person's arrival from abroad (ON_HOLD); never with sendNow
     */
    public record Dispatch(boolean sendNow, boolean hold, Reason reason) {

        public Dispatch(boolean sendNow, Reason reason) {
            this(sendNow, false, reason);
        }
    }

    private RoutingPolicy() {
    }

    public static Dispatch dispatch(CaseFacts facts, ServiceCategory category, AgencyRoutingPolicy policy) {
        return dispatch(facts.urgency(), facts.isChild(), category, policy);
    }

    /** As {@link #dispatch(CaseFacts, ServiceCategory, AgencyRoutingPolicy)}, after the first rule: a person still abroad. */
    public static Dispatch dispatch(CaseFacts facts, ServiceCategory category, AgencyRoutingPolicy policy,
                                    PlannedReturn plannedReturn) {
        Dispatch awaiting = awaitingArrival(plannedReturn);
        return awaiting != null ? awaiting : dispatch(facts, category, policy);
    }

    /**
     * The first rule: a person still abroad cannot be met by any provider yet, however urgent, so the matched service
     * holds the referral as an upcoming arrival and no deadline runs until the arrival sends it. Null when the person
     * is not awaited (no planned return, or arrived, or the plan was cancelled).
     */
    public static Dispatch awaitingArrival(PlannedReturn plannedReturn) {
        if (plannedReturn == null || !plannedReturn.awaited()) return null;
        return new Dispatch(false, true, Reason.of("dispatch.awaitingArrival", Reason.value(plannedReturn.portOfEntry()),
                Reason.value(plannedReturn.expectedFrom()), Reason.value(plannedReturn.expectedTo())));
    }

    /**
     * Immediate danger and children cannot wait for office hours, whatever the agency prefers. Other referrals follow
     * the referring agency's policy: a category it approves first waits at any urgency, then the urgencies it
     * approves first wait; the rest is sent at once. Every reason names the policy version that applied.
     */
    public static Dispatch dispatch(Urgency urgency, boolean child, ServiceCategory category, AgencyRoutingPolicy policy) {
        Reason.Nested named = Reason.nested(policy.label());
        Reason.Term urgent = Reason.term("urgency", urgency);
        Reason.Term needed = MatchRules.category(category);
        if (urgency == Urgency.IMMEDIATE) return new Dispatch(true, Reason.of("dispatch.immediate", named));
        if (child) return new Dispatch(true, Reason.of("dispatch.child", named));
        if (policy.approveFirstCategories().contains(category)) {
            return new Dispatch(false, Reason.of("dispatch.categoryWaits", named, needed));
        }
        if (policy.approveFirstUrgencies().contains(urgency)) {
            return new Dispatch(false, Reason.of("dispatch.urgencyWaits", named, urgent));
        }
        return new Dispatch(true, Reason.of("dispatch.sentAtOnce", named, urgent, needed));
    }
}
