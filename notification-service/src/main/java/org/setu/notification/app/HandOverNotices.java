package org.setu.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.events.screening.HandOverDeclined;
import org.setu.events.screening.HandOverProposed;
import org.setu.notification.domain.ArrivalPolicy.Reach;
import org.setu.notification.domain.HandOverFacts;
import org.setu.notification.domain.HandOverNotice;
import org.setu.notification.domain.HandOverPolicy;
import org.setu.notification.domain.SourceEvent;
import org.setu.notification.persistence.DeliveryRepository;
import org.setu.notification.persistence.ReturnsRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hand-over of a case (issue #19, item 5): the agency asked to take a case hears that it waits for its answer, and
 * the agency that asked hears the answer, accepted or declined with its reason, through {@link Notifier}. An accepted
 * hand-over also moves the case's planned return to its new owner, who is then told of the arrival.
 */
@ApplicationScoped
public class HandOverNotices {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    ReturnsRepository returns;

    @Inject
    AgencyReaches reaches;

    @Inject
    Notifier notifier;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    /** The receiving agency is told that a case waits for it: without the case's reference, which is not its own yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onProposed(SourceEvent source, HandOverProposed e) {
        return tell(source, HandOverNotice.PROPOSED, e.caseId(), e.handOverId(), e.fromAgency(), e.toAgency(), null, e.occurredAt());
    }

    /** The agency that handed the case over is told that it was taken; the case's return now belongs to the new owner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onHandedOver(SourceEvent source, CaseHandedOver e) {
        if (!deliveries.isErased(e.caseId())) {
            returns.ownerChanged(e.caseId(), e.fromAgency(), e.toAgency(), e.occurredAt() == null ? clock.instant() : e.occurredAt());
        }
        return tell(source, HandOverNotice.ACCEPTED, e.caseId(), e.handOverId(), e.fromAgency(), e.toAgency(), null, e.occurredAt());
    }

    /** The agency that proposed the hand-over is told it was declined, and why, so that it can propose it elsewhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onDeclined(SourceEvent source, HandOverDeclined e) {
        return tell(source, HandOverNotice.DECLINED, e.caseId(), e.handOverId(), e.fromAgency(), e.toAgency(), e.reason(),
                e.occurredAt());
    }

    private int tell(SourceEvent source, HandOverNotice notice, UUID caseId, UUID handOverId, UUID from, UUID to,
                     HandOverDeclineReason reason, Instant at) {
        if (deliveries.isErased(caseId)) return 0;
        String caseRef = notice == HandOverNotice.PROPOSED ? null : returns.knownCaseRef(caseId).orElse(null);
        HandOverFacts facts = new HandOverFacts(notice, caseId, handOverId, caseRef, from, reason, at == null ? clock.instant() : at);
        Map<UUID, Reach> reach = reaches.of(List.of(to, from));
        var audience = new HandOverPolicy.Audience(reach.get(to), reach.get(from), settings.sms().gatewayUrl().isPresent(),
                settings.defaultLanguage());
        return notifier.onHandOverNotice(source, facts, HandOverPolicy.recipients(notice, audience));
    }
}
