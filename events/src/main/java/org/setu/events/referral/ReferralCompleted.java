package org.setu.events.referral;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

/** {@code setu.referral.completed.v1}: the provider reports the service delivered; the loop is closed. */
public record ReferralCompleted(
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

    public ReferralCompleted {
        ReferralEvent.requireStatus(status, ReferralStatus.COMPLETED);
    }
}
