package org.setu.referral.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;

/** Which of the person's places a service must cover, per category. */
public final class PlacePolicy {

    /** The place chosen and why. */
    public record PlaceChoice(Place place, boolean home, Reason reason) {
    }

    private PlacePolicy() {
    }

    /**
     * Help that rebuilds a life back home (reintegration, family tracing, education, financial assistance for a
     * livelihood) follows the home district; everything the person needs now (shelter, medical, psychosocial,
     * interpretation, child protection, legal aid, documentation, repatriation, law enforcement) follows the
     * current location. When the preferred place is unknown, the other one is used, and the reason says so.
     */
    public static PlaceChoice placeFor(ServiceCategory category, CaseFacts facts) {
        boolean wantsHome = followsHome(category);
        Place preferred = wantsHome ? facts.home() : facts.currentLocation();
        Place other = wantsHome ? facts.currentLocation() : facts.home();
        Reason.Term name = Reason.term("categoryName", category);
        if (preferred.isKnown()) {
            return new PlaceChoice(preferred, wantsHome,
                    Reason.of(wantsHome ? "place.followsHome" : "place.whereNow", name, Reason.nested(preferred.describe())));
        }
        return new PlaceChoice(other, !wantsHome,
                Reason.of(wantsHome ? "place.homeUnknown" : "place.currentUnknown", name, Reason.nested(other.describe())));
    }

    public static boolean followsHome(ServiceCategory category) {
        return switch (category) {
            case REINTEGRATION, FAMILY_TRACING, EDUCATION, FINANCIAL_ASSISTANCE -> true;
            case SHELTER, MEDICAL, PSYCHOSOCIAL, INTERPRETATION, CHILD_PROTECTION, LEGAL_AID, DOCUMENTATION,
                 REPATRIATION, LAW_ENFORCEMENT -> false;
        };
    }
}
