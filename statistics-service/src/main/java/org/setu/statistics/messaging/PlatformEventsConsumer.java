package org.setu.statistics.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.notification.NotificationDelivered;
import org.setu.events.notification.NotificationFailed;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.FollowUpRecorded;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.kit.inbox.EventReader;
import org.setu.kit.inbox.IncomingEvent;
import org.setu.kit.inbox.Inbox;
import org.setu.statistics.app.FactsRecorder;

/**
 * Every platform topic, read into the statistics read model. A redelivered event (same CloudEvent id) changes
 * nothing; a type the statistics do not count (a consent change, a reminder) is skipped unread; an unreadable event
 * goes to {@code setu.statistics-service.dlq} with its reason.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    static final String CONSUMER = "statistics-service.platform";

    @Inject
    Inbox inbox;

    @Inject
    EventReader events;

    @Inject
    FactsRecorder facts;

    @Incoming("platform-events")
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(CONSUMER, Inbox.cloudEventId(record), () -> events.read(record,
                        ScreeningCompleted.class, ScreeningAmended.class, CaseClosed.class, CaseErased.class,
                        FollowUpRecorded.class,
                        ReferralEvent.class, ServiceUpserted.class, ServiceRemoved.class,
                        NotificationDelivered.class, NotificationFailed.class)
                .ifPresent(this::apply));
    }

    void apply(IncomingEvent<?> event) {
        Object data = event.data();
        if (data instanceof ScreeningCompleted e) facts.screened(e);
        else if (data instanceof ScreeningAmended e) facts.amended(e);
        else if (data instanceof CaseClosed e) facts.closed(e);
        else if (data instanceof CaseErased e) facts.erased(e);
        else if (data instanceof FollowUpRecorded e) facts.followUp(event.id(), e);
        else if (data instanceof ReferralEvent e) facts.referralStep(event.id(), event.type(), e);
        else if (data instanceof ServiceUpserted e) facts.serviceUpserted(e);
        else if (data instanceof ServiceRemoved e) facts.serviceRemoved(e);
        else if (data instanceof NotificationDelivered e) facts.notified(e);
        else if (data instanceof NotificationFailed e) facts.notificationFailed(e);
    }
}
