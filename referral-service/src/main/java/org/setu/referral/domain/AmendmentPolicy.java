package org.setu.referral.domain;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an amended screening does to a case's referrals. An amendment carries the whole new picture of the case, so
 * the open referrals follow it: what it no longer needs or no longer consents to ends, what it newly needs is
 * referred, and what has not been accepted yet follows the new urgency and the new places.
 */
public final class AmendmentPolicy {

    /** A provider that accepted has planned for the person: only losing the need or the consent ends its work. */
    static final Set<ReferralStatus> NOT_YET_ACCEPTED = EnumSet.of(ReferralStatus.PROPOSED, ReferralStatus.SENT,
            ReferralStatus.ESCALATED, ReferralStatus.ON_HOLD);

    public enum Action { CANCEL, RE_MATCH, RE_DATE }

    /** One open referral and what happens to it, with the reason code its history will carry. */
    public record Decision(Referral referral, Action action, String reason) {
    }

    /** @param create categories to refer now, in the order the screening listed them */
    public record Plan(List<ServiceCategory> create, List<Decision> decisions) {
    }

    private AmendmentPolicy() {
    }

    /**
     * @param before the case facts before the amendment
     * @param after  the facts the amendment brings
     * @param needs  the amended screening's needs
     * @param open   the case's open referrals
     */
    public static Plan plan(CaseFacts before, CaseFacts after, Collection<ServiceCategory> needs, List<Referral> open) {
        List<Decision> decisions = new ArrayList<>();
        Set<ServiceCategory> stillOpen = EnumSet.noneOf(ServiceCategory.class);
        for (Referral r : open) {
            Decision d = decide(before, after, needs, r);
            if (d != null) decisions.add(d);
            if (d == null || d.action() != Action.CANCEL) stillOpen.add(r.category());
        }
        List<ServiceCategory> create = new ArrayList<>();
        for (ServiceCategory need : new LinkedHashSet<>(needs)) {
            if (after.consentsTo(need) && !stillOpen.contains(need)) create.add(need);
        }
        return new Plan(List.copyOf(create), List.copyOf(decisions));
    }

    /** The first rule that applies to the referral, or null when the amendment leaves it alone. */
    static Decision decide(CaseFacts before, CaseFacts after, Collection<ServiceCategory> needs, Referral r) {
        if (!after.consentsTo(r.category())) return new Decision(r, Action.CANCEL, "CONSENT_NARROWED");
        if (!needs.contains(r.category()) && !madeByHand(r)) return new Decision(r, Action.CANCEL, "NEED_REMOVED_BY_AMENDMENT");
        if (!NOT_YET_ACCEPTED.contains(r.status())) return null;
        if (placeChanged(before, after, r.category()) && r.status() != ReferralStatus.ESCALATED) {
            return new Decision(r, Action.RE_MATCH, "PLACE_CHANGED");
        }
        if (after.urgency() != r.urgency()) return new Decision(r, Action.RE_DATE, "URGENCY_CHANGED");
        return null;
    }

    /**
     * Immediate urgency is sent at once whatever the agency's policy says (the dispatch rule): a referral that waited
     * for approval while it was less urgent does not wait any longer once an amendment makes it immediate.
     */
    public static boolean sendsAtOnce(Referral amended) {
        return amended.status() == ReferralStatus.PROPOSED && amended.urgency() == Urgency.IMMEDIATE;
    }

    /** A case worker or coordinator chose it outside any screening: a screening's needs do not speak for it. */
    static boolean madeByHand(Referral r) {
        return "CHOSEN_BY_HAND".equals(r.history().get(0).reason());
    }

    /** Only the place the category is served at counts: a new home does not move a shelter, a new location does not move reintegration. */
    static boolean placeChanged(CaseFacts before, CaseFacts after, ServiceCategory category) {
        return !PlacePolicy.placeFor(category, before).place().equals(PlacePolicy.placeFor(category, after).place());
    }
}
