package org.setu.referral.api;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.domain.Referral;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change on the live stream: the referral's state after it, without history or notes. */
public record ReferralSummary(UUID id, UUID caseId, String caseRef, ServiceCategory category, UUID serviceId,
                              UUID organizationId, UUID referringAgencyId, ReferralStatus status, Urgency urgency,
                              OffsetDateTime dueAt, int attempt, long version, OffsetDateTime at) {

    public static ReferralSummary of(Referral r) {
        return new ReferralSummary(r.id(), r.caseId(), r.caseRef(), r.category(), r.serviceId(), r.organizationId(),
                r.referringAgencyId(), r.status(), r.urgency(), ReferralView.time(r.dueAt()), r.attempt(), r.version(),
                ReferralView.time(r.last().at()));
    }
}
