package org.setu.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.HandOverDeclined;
import org.setu.events.screening.HandOverProposed;
import org.setu.events.screening.FollowUpReminder;
import org.setu.events.screening.PortDeskChanged;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnPlanned;
import org.setu.kit.inbox.EventReader;
import org.setu.kit.inbox.Inbox;
import org.setu.kit.inbox.IncomingEvent;
import org.setu.notification.app.ArrivalNotices;
import org.setu.notification.app.DirectoryProjection;
import org.setu.notification.app.HandOverNotices;
import org.setu.notification.app.Notifier;
import org.setu.notification.domain.SourceEvent;

import java.util.Optional;

/**
 * The service's one Kafka consumer (group {@code notification-service}): the compacted directory topic feeds the
 * read model of referral contacts, the referral topic the notifications; of the screening topic, a
 * {@code follow-up-reminder} tells the case's agency, a {@code case-erased} purges what the deliveries kept of a case,
 * the planned returns and the desks at the ports feed the notices of the return from abroad, and the hand-overs of a
 * case tell the agencies on either side. Each event is applied at most once
 * through the kit's inbox. An event that cannot be read rolls back and goes to
 * {@code setu.notification-service.dlq} with its reason, and the partition moves on.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    static final String CONSUMER = "notification-service";

    @Inject
    Inbox inbox;

    @Inject
    EventReader events;

    @Inject
    Notifier notifier;

    @Inject
    DirectoryProjection directory;

    @Inject
    ArrivalNotices arrivals;

    @Inject
    HandOverNotices handOvers;

    @Incoming("platform-events")
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) {
        // of the screening area the erasure, the follow-up reminders, the planned returns, the desks and the hand-overs are ours; types of
        // other areas, and future ones, are skipped unrecorded
        Optional<IncomingEvent<?>> event = events.read(record, ServiceUpserted.class, CapacityChanged.class,
                ServiceRemoved.class, CaseErased.class, FollowUpReminder.class, ReturnPlanned.class, ReturnCancelled.class,
                ReturnArrived.class, ReturnMissed.class, PortDeskChanged.class, HandOverProposed.class, CaseHandedOver.class, HandOverDeclined.class,
                ReferralEvent.class);
        event.ifPresent(e -> inbox.applyOnce(CONSUMER, e.id(), () -> apply(e)));
    }

    private void apply(IncomingEvent<?> event) {
        Object data = event.data();
        if (data instanceof ServiceUpserted e) {
            directory.snapshot(e.service(), e.occurredAt());
        } else if (data instanceof CapacityChanged e) {
            directory.snapshot(e.service(), e.occurredAt());
        } else if (data instanceof ServiceRemoved e) {
            directory.removed(e.serviceId(), e.organizationId(), e.occurredAt());
        } else if (data instanceof CaseErased e) {
            notifier.onCaseErased(e.caseId(), e.occurredAt());
            arrivals.onCaseErased(e.caseId());
        } else if (data instanceof FollowUpReminder e) {
            notifier.onFollowUpReminder(source(event), e);
        } else if (data instanceof ReturnPlanned e) {
            arrivals.onReturnPlanned(source(event), e);
        } else if (data instanceof ReturnCancelled e) {
            arrivals.onReturnCancelled(e);
        } else if (data instanceof ReturnArrived e) {
            arrivals.onReturnArrived(source(event), e);
        } else if (data instanceof ReturnMissed e) {
            arrivals.onReturnMissed(source(event), e);
        } else if (data instanceof PortDeskChanged e) {
            arrivals.onDeskChanged(e);
        } else if (data instanceof HandOverProposed e) {
            handOvers.onProposed(source(event), e);
        } else if (data instanceof CaseHandedOver e) {
            handOvers.onHandedOver(source(event), e);
        } else if (data instanceof HandOverDeclined e) {
            handOvers.onDeclined(source(event), e);
        } else if (data instanceof ReferralEvent e) {
            notifier.onReferralEvent(source(event), e);
            arrivals.onReferralEvent(source(event), e);
        }
    }

    private static SourceEvent source(IncomingEvent<?> event) {
        return new SourceEvent(event.id(), event.type(), event.subject(), event.time());
    }
}
