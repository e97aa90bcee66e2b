package org.setu.referral.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnPlanned;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ConsentChanged;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.kit.inbox.EventReader;
import org.setu.kit.inbox.Inbox;
import org.setu.referral.app.CaseEventsService;
import org.setu.referral.app.ReturnEventsService;
import org.setu.referral.app.RoutingService;

/**
 * Screening events: a completed screening is routed, consent changes cancel what falls outside the consent, a
 * closure cancels what is still open, an erasure redacts; a planned return holds the referrals of a person still abroad and
 * the arrival sends them. A redelivered event (same CloudEvent id) changes nothing; an unreadable one goes to
 * {@code setu.referral-service.dlq} with its reason.
 */
@ApplicationScoped
public class ScreeningEventsConsumer {

    static final String CONSUMER = "referral-service.screening";

    @Inject
    Inbox inbox;

    @Inject
    EventReader events;

    @Inject
    RoutingService routing;

    @Inject
    CaseEventsService caseEvents;

    @Inject
    ReturnEventsService returns;

    @Incoming("screening")
    @Transactional
    public void onScreeningEvent(ConsumerRecord<String, String> record) {
        inbox.applyOnce(CONSUMER, Inbox.cloudEventId(record), () -> events.read(record,
                ScreeningCompleted.class, ScreeningAmended.class, ConsentChanged.class, CaseErased.class, CaseClosed.class,
                ReturnPlanned.class, ReturnCancelled.class, ReturnArrived.class, ReturnMissed.class, CaseHandedOver.class)
                .ifPresent(e -> apply(e.data())));
    }

    void apply(Object event) {
        if (event instanceof ScreeningCompleted e) routing.screeningCompleted(e);
        else if (event instanceof ScreeningAmended e) routing.screeningAmended(e);
        else if (event instanceof ConsentChanged e) caseEvents.consentChanged(e);
        else if (event instanceof CaseErased e) caseEvents.caseErased(e);
        else if (event instanceof CaseClosed e) caseEvents.caseClosed(e);
        else if (event instanceof ReturnPlanned e) returns.returnPlanned(e);
        else if (event instanceof ReturnCancelled e) returns.returnCancelled(e);
        else if (event instanceof ReturnArrived e) returns.returnArrived(e);
        else if (event instanceof ReturnMissed e) returns.returnMissed(e);
        else if (event instanceof CaseHandedOver e) caseEvents.caseHandedOver(e);
    }
}
