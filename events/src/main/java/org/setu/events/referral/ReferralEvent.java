package org.setu.events.referral;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * What every {@code setu.referral.*.v1} event says: the referral as it is after the transition. Each
 * transition has its own record so that its type follows from the class; they share these fields so that
 * a consumer (a portal, the notification service) can handle all of them in one place.
 * <p>
 * No notes travel: a note may describe the person. {@code reasonCode} is a code such as {@code NO_CAPACITY}.
 */
public interface ReferralEvent {

    UUID referralId();

    UUID caseId();

    String caseRef();

    ServiceCategory category();

    /** Null only when no service was left (escalated). */
    UUID serviceId();

    UUID organizationId();

    UUID referringAgencyId();

    ReferralStatus status();

    Urgency urgency();

    /** When the provider must have answered; null once no answer is awaited. */
    Instant dueAt();

    /** 1 for the first service tried, one more for each re-routing after a decline or an expiry. */
    int attempt();

    String reasonCode();

    Instant occurredAt();

    /** A record of one transition must say the state that transition leads to, or the consumers are misled. */
    static void requireStatus(ReferralStatus actual, ReferralStatus... expected) {
        if (!Arrays.asList(expected).contains(actual)) {
            throw new IllegalArgumentException("status " + actual + " does not fit this event; expected one of "
                    + Arrays.toString(expected));
        }
    }
}
