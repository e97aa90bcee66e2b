package org.setu.screening.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.referral.ReferralCancelled;
import org.setu.events.referral.ReferralCompleted;
import org.setu.events.referral.ReferralDeclined;
import org.setu.events.referral.ReferralEscalated;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.referral.ReferralExpired;
import org.setu.events.referral.ReferralStarted;
import org.setu.kit.inbox.EventReader;
import org.setu.kit.inbox.Inbox;
import org.setu.kit.inbox.IncomingEvent;
import org.setu.screening.app.ProviderAccessService;

import java.util.Optional;
import java.util.UUID;

/**
 * Learns from {@code setu.referral.v1} which provider organisations hold an accepted referral for a case: an
 * accepted (or started) referral opens the shared view to its organisation; a completed, cancelled, declined,
 * expired or escalated one closes it. Other referral events are not read. Idempotent through the kit's inbox; a
 * record it cannot read goes to {@code setu.screening-service.dlq}.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String CONSUMER = "screening-service";
    private static final Logger LOG = Logger.getLogger(ReferralEventsConsumer.class);

    @Inject
    Inbox inbox;
    @Inject
    EventReader events;
    @Inject
    ProviderAccessService access;

    @Incoming("referral-events")
    @Transactional
    public void onReferralEvent(ConsumerRecord<String, String> record) {
        Optional<IncomingEvent<?>> read = events.read(record, ReferralAccepted.class, ReferralStarted.class,
                ReferralCompleted.class, ReferralCancelled.class, ReferralDeclined.class, ReferralExpired.class,
                ReferralEscalated.class);
        if (read.isEmpty()) return;
        ReferralEvent e = (ReferralEvent) read.get().data();
        boolean grants = e instanceof ReferralAccepted || e instanceof ReferralStarted;
        UUID referral = required(e.referralId(), "referralId");
        UUID caseId = required(e.caseId(), "caseId");
        // only a grant needs the organization: an escalation with no candidate left has none (escalated.v1 allows null)
        UUID organization = grants ? required(e.organizationId(), "organizationId") : null;
        inbox.applyOnce(CONSUMER, read.get().id(), () -> {
            if (grants) access.referralTaken(referral, caseId, organization);
            else access.referralClosed(referral);
        });
        LOG.debugf("referral %s of case %s: %s", referral, caseId, read.get().type());
    }

    private static UUID required(UUID value, String field) {
        if (value == null) throw new IllegalArgumentException("a referral event without " + field);
        return value;
    }
}
