package org.setu.events.referral;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

/** {@code setu.referral.created.v1}: routing chose a service; the referral waits for approval ({@code PROPOSED}) or is already {@code SENT}. */
public record ReferralCreated(
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

    public ReferralCreated {
        ReferralEvent.requireStatus(status, ReferralStatus.PROPOSED, ReferralStatus.SENT);
    }
}
