package org.setu.screening.domain.handover;

import org.setu.screening.domain.abroad.AgencyLocation;

import java.util.UUID;

/**
 * When a case may be handed from one agency to another (issue #19, item 5). Each rule is a small function, so that the
 * service, the API and the tests read the same sentence.
 */
public final class HandOverPolicy {

    private HandOverPolicy() {
    }

    /** A case is handed to another agency; to "hand it" to its owner would change nothing and hide a mistake. */
    public static boolean goesElsewhere(UUID owner, UUID receiver) {
        return !owner.equals(receiver);
    }

    /**
     * A hand-over crosses a border when the two agencies work in different countries: an agency abroad handing a
     * returnee's case to an agency at home is the case the issue names.
     */
    public static boolean crossesBorder(AgencyLocation sender, AgencyLocation receiver) {
        return !sender.country().equals(receiver.country());
    }

    /**
     * A case crosses a border only with the person's explicit yes to the instrument's cross-border question; a no, or
     * a question never asked, keeps it where it is. Within one country the case is the agencies' to pass on.
     */
    public static boolean consentAllows(boolean crossesBorder, Boolean crossBorderConsent) {
        return !crossesBorder || Boolean.TRUE.equals(crossBorderConsent);
    }

    /** Only a proposal still open is answered or withdrawn, and only once. */
    public static boolean isOpen(HandOverStatus status) {
        return status == HandOverStatus.PROPOSED;
    }
}
