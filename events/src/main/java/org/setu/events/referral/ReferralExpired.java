package org.setu.events.referral;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

/** {@code setu.referral.expired.v1}: the provider did not answer by {@code dueAt}; re-routing follows. */
public record ReferralExpired(
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

    public ReferralExpired {
        ReferralEvent.requireStatus(status, ReferralStatus.EXPIRED);
    }
}
