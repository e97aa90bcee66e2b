package org.setu.events.referral;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.referral.cancelled.v2} (and v1, still read): the referral ended before completion, e.g. consent was
 * withdrawn. {@code caseRef} is null when the case was erased.
 */
public record ReferralCancelled(
        UUID referralId,
        UUID caseId,
        String caseRef,
        ServiceCategory category,
        UUID serviceId,
        UUID organizationId,
        UUID referringAgencyId,
        ReferralStatus status,
        Urgency urgency,
        Instant dueAt,
        int attempt,
        String reasonCode,
        Instant occurredAt) implements ReferralEvent {

    public ReferralCancelled {
        ReferralEvent.requireStatus(status, ReferralStatus.CANCELLED);
    }
}
