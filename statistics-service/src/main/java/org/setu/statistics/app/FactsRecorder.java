package org.setu.statistics.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.notification.NotificationDelivered;
import org.setu.events.notification.NotificationFailed;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.FollowUpRecorded;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.statistics.domain.CasePicture;
import org.setu.statistics.domain.StepKind;
import org.setu.statistics.persistence.FactRepository;

import java.time.LocalTime;
import java.time.ZoneId;

/** Turns each platform event into the codes and times the statistics count. Runs in the consumer's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FactsRecorder {

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Inject
    FactRepository facts;

    public void screened(ScreeningCompleted e) {
        facts.upsertCase(e.caseId(), e.occurredAt(), picture(e.agencyId(), e.context(), e.classification(),
                e.victimCategory(), e.sex(), e.ageBand(), e.nationality(), e.currentLocation()));
    }

    public void amended(ScreeningAmended e) {
        facts.upsertCase(e.caseId(), e.occurredAt(), picture(e.agencyId(), e.context(), e.classification(),
                e.victimCategory(), e.sex(), e.ageBand(), e.nationality(), e.currentLocation()));
    }

    public void closed(CaseClosed e) {
        facts.closeCase(e.caseId(), e.reason().name(), e.occurredAt());
    }

    public void erased(CaseErased e) {
        facts.forgetCase(e.caseId(), e.occurredAt());
    }

    public void followUp(String eventId, FollowUpRecorded e) {
        facts.insertFollowUp(eventId, e.caseId(), e.agencyId(), e.dueOn(),
                e.contactedOn().atTime(LocalTime.NOON).atZone(DHAKA).toInstant(), e.reached(), e.onTime());
    }

    /** A transition of a referral; an event of a kind the statistics do not know (a newer version's) is skipped. */
    public void referralStep(String eventId, String eventType, ReferralEvent e) {
        StepKind.ofEventType(eventType).map(k -> k.counted(e.status() == ReferralStatus.SENT)).ifPresent(kind -> {
            facts.upsertReferral(e, kind);
            facts.insertStep(eventId, e, kind);
        });
    }

    public void serviceUpserted(ServiceUpserted e) {
        facts.upsertService(e.service().id(), e.service().organizationId(), e.service().name().en(), e.service().name().bn());
    }

    public void serviceRemoved(ServiceRemoved e) {
        facts.removeService(e.serviceId());
    }

    public void notified(NotificationDelivered e) {
        facts.upsertNotification(e.notificationId(), e.sourceEventId(), e.sourceEventType(), e.channel().name(),
                e.recipientKind().name(), "DELIVERED", e.attempts(), e.occurredAt());
    }

    public void notificationFailed(NotificationFailed e) {
        facts.upsertNotification(e.notificationId(), e.sourceEventId(), e.sourceEventType(), e.channel().name(),
                e.recipientKind().name(), "FAILED", e.attempts(), e.occurredAt());
    }

    private static CasePicture picture(java.util.UUID agency, Enum<?> context, Enum<?> classification,
                                       Enum<?> victimCategory, Enum<?> sex, Enum<?> ageBand, String nationality,
                                       AdminArea where) {
        return new CasePicture(agency, context.name(), classification.name(),
                victimCategory == null ? null : victimCategory.name(), sex.name(), ageBand.name(), nationality,
                where.divisionId(), where.districtId());
    }
}
