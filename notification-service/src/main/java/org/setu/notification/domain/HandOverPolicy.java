package org.setu.notification.domain;

import org.setu.events.notification.RecipientKind;
import org.setu.notification.domain.ArrivalPolicy.Reach;
import org.setu.notification.domain.ArrivalPolicy.Told;

import java.util.List;

/**
 * Who hears about a hand-over (issue #19, item 5; docs/notifications.md, "Hand-over"): the agency asked to take the
 * case, and the agency that asked. Each is reached as for its follow-up reminders and the return's notices: its own
 * email and SMS channels, else its services' focal emails in the directory.
 */
public final class HandOverPolicy {

    /** What the policy needs besides the notice; the app layer loads it. */
    public record Audience(Reach receiving, Reach sending, boolean smsEnabled, String defaultLanguage) {
    }

    private HandOverPolicy() {
    }

    public static List<Told> recipients(HandOverNotice notice, Audience a) {
        return switch (notice) {
            case PROPOSED -> receivingAgency(a, "a case waits for this agency to accept it or decline it");
            case ACCEPTED -> sendingAgency(a, "the agency this agency proposed the case to took it; the case is no longer this agency's");
            case DECLINED -> sendingAgency(a, "the agency this agency proposed the case to declined it; the case stays, to be proposed elsewhere");
        };
    }

    /**
     * The agency asked to take the case answers for it, so it is told that a case waits. It is recorded as one that
     * receives the person ({@code SERVICE_CONTACT}), not as the owner: until it accepts, the case is not its own, and its
     * notice carries no case reference.
     */
    static List<Told> receivingAgency(Audience a, String why) {
        return a.receiving() == null ? List.of()
                : ArrivalPolicy.reach(a.receiving(), RecipientKind.SERVICE_CONTACT, a.smsEnabled(), a.defaultLanguage(), why);
    }

    /** The agency that proposed the hand-over hears the answer, as the owner of the case it proposed. */
    static List<Told> sendingAgency(Audience a, String why) {
        return a.sending() == null ? List.of()
                : ArrivalPolicy.reach(a.sending(), RecipientKind.REFERRING_AGENCY, a.smsEnabled(), a.defaultLanguage(), why);
    }
}
