package org.setu.notification.domain;

import org.setu.events.referral.ReferralEvent;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.UUID;

/**
 * What a delivery keeps of the referral event it is about, read once when the event arrives. These are the event's
 * own fields, ids, codes and times by contract: the case reference is pseudonymous, and no name, phone, document
 * number or note is among them. A message shows the case reference, the category, the urgency, the deadline and a
 * link to the referral; the recipient policy reads the service and the agencies; a webhook gets all of them back as
 * the event's {@code data}, so the components keep the event's names and order.
 */
public record ReferralFacts(UUID referralId, UUID caseId, String caseRef, ServiceCategory category, UUID serviceId,
                            UUID organizationId, UUID referringAgencyId, ReferralStatus status, Urgency urgency,
                            Instant dueAt, int attempt, String reasonCode, Instant occurredAt) {

    public static ReferralFacts of(ReferralEvent e) {
        return new ReferralFacts(e.referralId(), e.caseId(), e.caseRef(), e.category(), e.serviceId(), e.organizationId(),
                e.referringAgencyId(), e.status(), e.urgency(), e.dueAt(), e.attempt(), e.reasonCode(), e.occurredAt());
    }
}
