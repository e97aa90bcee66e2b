package org.setu.events.referral;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

/**
 * Builds the record of a referral event from its status, so that a producer does not pick among ten records by
 * hand: every record says the same things, and the status a transition leads to names the record.
 */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    /** What every event of one referral says the same: the referral itself, whichever service it is at. */
    public record Shared(UUID referralId, UUID caseId, String caseRef, ServiceCategory category, UUID referringAgencyId,
                         Urgency urgency) {
    }

    /** {@code setu.referral.created.v1}: the referral came into being as {@code status} (proposed or sent at once). */
    public static ReferralCreated created(Shared r, ReferralStatus status, UUID serviceId, UUID organizationId,
                                          Instant dueAt, int attempt, String reasonCode, Instant occurredAt) {
        return new ReferralCreated(r.referralId(), r.caseId(), r.caseRef(), r.category(), serviceId, organizationId,
                r.referringAgencyId(), status, r.urgency(), dueAt, attempt, reasonCode, occurredAt);
    }

    /**
     * The event of a transition to {@code status}. A proposal has none of its own (it is announced by
     * {@link #created}): asking for one is a mistake of the producer.
     */
    public static ReferralEvent transitionTo(ReferralStatus status, Shared r, UUID serviceId, UUID organizationId,
                                             Instant dueAt, int attempt, String reasonCode, Instant occurredAt) {
        UUID id = r.referralId();
        UUID caseId = r.caseId();
        String ref = r.caseRef();
        ServiceCategory c = r.category();
        UUID by = r.referringAgencyId();
        Urgency u = r.urgency();
        return switch (status) {
            case PROPOSED -> throw new IllegalArgumentException("a proposal is announced by created, not by an event of its own");
            case SENT -> new ReferralSent(id, caseId, ref, c, serviceId, organizationId, by, status, u, dueAt, attempt, reasonCode, occurredAt);
            case ACCEPTED -> new ReferralAccepted(id, caseId, ref, c, serviceId, organizationId, by, status, u, dueAt, attempt, reasonCode, occurredAt);
            case DECLINED -> new ReferralDeclined(id, caseId, ref, c, serviceId, organizationId, by, status, u, dueAt, attempt, reasonCode, occurredAt);
            case EXPIRED -> new ReferralExpired(id, caseId, ref, c, serviceId, organizationId, by, status, u, dueAt, attempt, reasonCode, occurredAt);
            case IN_PROGRESS -> new ReferralStarted(id, caseId, ref, c, serviceId, organizationId, by, status, u, dueAt, attempt, reasonCode, occurredAt);
            case COMPLETED -> new ReferralCompleted(id, caseId, ref, c, serviceId, organizationId, by, status, u, dueAt, attempt, reasonCode, occurredAt);
            case CANCELLED -> new ReferralCancelled(id, caseId, ref, c, serviceId, organizationId, by, status, u, dueAt, attempt, reasonCode, occurredAt);
            case ESCALATED -> new ReferralEscalated(id, caseId, ref, c, serviceId, organizationId, by, status, u, dueAt, attempt, reasonCode, occurredAt);
            case ON_HOLD -> throw new IllegalArgumentException("a referral held for an arrival is announced by held, with the port and window");
        };
    }

    /**
     * {@code setu.referral.held.v1}: the referral waits at its service for the person's arrival at {@code portOfEntry}
     * between the two days. It carries no case reference (see {@link ReferralHeld}).
     */
    public static ReferralHeld held(Shared r, UUID serviceId, UUID organizationId, int attempt, String reasonCode,
                                    String portOfEntry, java.time.LocalDate expectedFrom, java.time.LocalDate expectedTo,
                                    Instant occurredAt) {
        return new ReferralHeld(r.referralId(), r.caseId(), r.category(), serviceId, organizationId, r.referringAgencyId(),
                ReferralStatus.ON_HOLD, r.urgency(), attempt, reasonCode, portOfEntry, expectedFrom, expectedTo, occurredAt);
    }
}
