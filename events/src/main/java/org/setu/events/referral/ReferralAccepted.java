package org.setu.events.referral;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

/** {@code setu.referral.accepted.v1}: the provider took the person; from now on it may read the shared view. */
public record ReferralAccepted(
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

    public ReferralAccepted {
        ReferralEvent.requireStatus(status, ReferralStatus.ACCEPTED);
    }
}
