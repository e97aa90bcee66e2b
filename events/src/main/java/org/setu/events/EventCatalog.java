package org.setu.events;

import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.notification.NotificationDelivered;
import org.setu.events.notification.NotificationFailed;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.referral.ReferralCancelled;
import org.setu.events.referral.ReferralCompleted;
import org.setu.events.referral.ReferralCreated;
import org.setu.events.referral.ReferralDeclined;
import org.setu.events.referral.ReferralEscalated;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.referral.ReferralExpired;
import org.setu.events.referral.ReferralHeld;
import org.setu.events.referral.ReferralSent;
import org.setu.events.referral.ReferralStarted;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ConsentChanged;
import org.setu.events.screening.FollowUpRecorded;
import org.setu.events.screening.FollowUpReminder;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.HandOverDeclined;
import org.setu.events.screening.HandOverProposed;
import org.setu.events.screening.PortDeskChanged;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnPlanned;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the platform (docs/events.md), with its record, topic, schema and key. A producer
 * looks its event up by class ({@link #forPayload}); a consumer by the {@code ce_type} header ({@link #find}).
 */
public final class EventCatalog {

    public static final EventContract<ScreeningCompleted> SCREENING_COMPLETED =
            EventContract.of("setu.screening.completed.v1", ScreeningCompleted.class, KeyedBy.CASE_ID, ScreeningCompleted::caseId);
    public static final EventContract<ScreeningAmended> SCREENING_AMENDED =
            EventContract.of("setu.screening.amended.v1", ScreeningAmended.class, KeyedBy.CASE_ID, ScreeningAmended::caseId);
    /** v2: no case reference, which a consumer of a consent change never needed (docs/events.md, "What each event carries"). */
    public static final EventContract<ConsentChanged> CONSENT_CHANGED =
            EventContract.of("setu.screening.consent-changed.v2", ConsentChanged.class, KeyedBy.CASE_ID, ConsentChanged::caseId);
    /** Still read while v1 events remain on the topic; its caseRef is ignored. No longer produced. */
    public static final EventContract<ConsentChanged> CONSENT_CHANGED_V1 =
            EventContract.of("setu.screening.consent-changed.v1", ConsentChanged.class, KeyedBy.CASE_ID, ConsentChanged::caseId);
    public static final EventContract<CaseErased> CASE_ERASED =
            EventContract.of("setu.screening.case-erased.v1", CaseErased.class, KeyedBy.CASE_ID, CaseErased::caseId);
    public static final EventContract<CaseClosed> CASE_CLOSED =
            EventContract.of("setu.screening.case-closed.v1", CaseClosed.class, KeyedBy.CASE_ID, CaseClosed::caseId);
    public static final EventContract<FollowUpReminder> FOLLOW_UP_REMINDER =
            EventContract.of("setu.screening.follow-up-reminder.v1", FollowUpReminder.class, KeyedBy.CASE_ID, FollowUpReminder::caseId);
    public static final EventContract<FollowUpRecorded> FOLLOW_UP_RECORDED =
            EventContract.of("setu.screening.follow-up-recorded.v1", FollowUpRecorded.class, KeyedBy.CASE_ID, FollowUpRecorded::caseId);
    public static final EventContract<ReturnPlanned> RETURN_PLANNED =
            EventContract.of("setu.screening.return-planned.v1", ReturnPlanned.class, KeyedBy.CASE_ID, ReturnPlanned::caseId);
    public static final EventContract<ReturnCancelled> RETURN_CANCELLED =
            EventContract.of("setu.screening.return-cancelled.v1", ReturnCancelled.class, KeyedBy.CASE_ID, ReturnCancelled::caseId);
    public static final EventContract<ReturnArrived> RETURN_ARRIVED =
            EventContract.of("setu.screening.return-arrived.v1", ReturnArrived.class, KeyedBy.CASE_ID, ReturnArrived::caseId);
    public static final EventContract<ReturnMissed> RETURN_MISSED =
            EventContract.of("setu.screening.return-missed.v1", ReturnMissed.class, KeyedBy.CASE_ID, ReturnMissed::caseId);
    public static final EventContract<HandOverProposed> HAND_OVER_PROPOSED =
            EventContract.of("setu.screening.hand-over-proposed.v1", HandOverProposed.class, KeyedBy.CASE_ID, HandOverProposed::caseId);
    public static final EventContract<CaseHandedOver> CASE_HANDED_OVER =
            EventContract.of("setu.screening.case-handed-over.v1", CaseHandedOver.class, KeyedBy.CASE_ID, CaseHandedOver::caseId);
    public static final EventContract<HandOverDeclined> HAND_OVER_DECLINED =
            EventContract.of("setu.screening.hand-over-declined.v1", HandOverDeclined.class, KeyedBy.CASE_ID, HandOverDeclined::caseId);
    /** About a port's desks, not a case: keyed by the agency, so that one agency's designations stay in order. */
    public static final EventContract<PortDeskChanged> PORT_DESK_CHANGED =
            EventContract.of("setu.screening.port-desk-changed.v1", PortDeskChanged.class, KeyedBy.AGENCY_ID, PortDeskChanged::agencyId);

    public static final EventContract<ServiceUpserted> SERVICE_UPSERTED =
            EventContract.of("setu.directory.service-upserted.v1", ServiceUpserted.class, KeyedBy.SERVICE_ID, e -> e.service().id());
    public static final EventContract<ServiceRemoved> SERVICE_REMOVED =
            EventContract.of("setu.directory.service-removed.v1", ServiceRemoved.class, KeyedBy.SERVICE_ID, ServiceRemoved::serviceId);
    public static final EventContract<CapacityChanged> CAPACITY_CHANGED =
            EventContract.of("setu.directory.capacity-changed.v1", CapacityChanged.class, KeyedBy.SERVICE_ID, e -> e.service().id());

    public static final EventContract<ReferralCreated> REFERRAL_CREATED = referral("created", ReferralCreated.class);
    public static final EventContract<ReferralSent> REFERRAL_SENT = referral("sent", ReferralSent.class);
    public static final EventContract<ReferralAccepted> REFERRAL_ACCEPTED = referral("accepted", ReferralAccepted.class);
    public static final EventContract<ReferralDeclined> REFERRAL_DECLINED = referral("declined", ReferralDeclined.class);
    public static final EventContract<ReferralExpired> REFERRAL_EXPIRED = referral("expired", ReferralExpired.class);
    public static final EventContract<ReferralStarted> REFERRAL_STARTED = referral("started", ReferralStarted.class);
    public static final EventContract<ReferralCompleted> REFERRAL_COMPLETED = referral("completed", ReferralCompleted.class);
    /** v2: the case reference may be absent, as it is when the case was erased (docs/events.md, "Versions"). */
    public static final EventContract<ReferralCancelled> REFERRAL_CANCELLED = referral("cancelled", 2, ReferralCancelled.class);
    /** Still read while v1 events remain on the topic; no longer produced. */
    public static final EventContract<ReferralCancelled> REFERRAL_CANCELLED_V1 = referral("cancelled", 1, ReferralCancelled.class);
    public static final EventContract<ReferralEscalated> REFERRAL_ESCALATED = referral("escalated", ReferralEscalated.class);
    /** A referral matched in advance waits for the person's arrival from abroad (issue #19); no case reference. */
    public static final EventContract<ReferralHeld> REFERRAL_HELD = referral("held", ReferralHeld.class);

    public static final EventContract<NotificationDelivered> NOTIFICATION_DELIVERED =
            EventContract.of("setu.notification.delivered.v1", NotificationDelivered.class, KeyedBy.NOTIFICATION_ID, NotificationDelivered::notificationId);
    public static final EventContract<NotificationFailed> NOTIFICATION_FAILED =
            EventContract.of("setu.notification.failed.v1", NotificationFailed.class, KeyedBy.NOTIFICATION_ID, NotificationFailed::notificationId);

    private static final List<EventContract<?>> ALL = List.of(
            SCREENING_COMPLETED, SCREENING_AMENDED, CONSENT_CHANGED, CASE_ERASED, CASE_CLOSED, FOLLOW_UP_REMINDER, FOLLOW_UP_RECORDED,
            RETURN_PLANNED, RETURN_CANCELLED, RETURN_ARRIVED, RETURN_MISSED, HAND_OVER_PROPOSED, CASE_HANDED_OVER, HAND_OVER_DECLINED, PORT_DESK_CHANGED,
            SERVICE_UPSERTED, SERVICE_REMOVED, CAPACITY_CHANGED,
            REFERRAL_CREATED, REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_EXPIRED,
            REFERRAL_STARTED, REFERRAL_COMPLETED, REFERRAL_CANCELLED, REFERRAL_ESCALATED, REFERRAL_HELD,
            NOTIFICATION_DELIVERED, NOTIFICATION_FAILED);

    /** Older versions that consumers still read and no service produces any more. */
    private static final List<EventContract<?>> STILL_READ = List.of(CONSENT_CHANGED_V1, REFERRAL_CANCELLED_V1);

    private static final Map<String, EventContract<?>> BY_TYPE = java.util.stream.Stream.concat(ALL.stream(), STILL_READ.stream())
            .collect(Collectors.toMap(c -> c.type().toString(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    private static final Map<Class<?>, EventContract<?>> BY_PAYLOAD = ALL.stream()
            .collect(Collectors.toMap(EventContract::payload, Function.identity()));

    private EventCatalog() {
    }

    /** The contracts services produce: one version per event. */
    public static List<EventContract<?>> all() {
        return ALL;
    }

    /** Older versions consumers still read (their schemas stay published). */
    public static List<EventContract<?>> stillRead() {
        return STILL_READ;
    }

    /** The contract of a {@code ce_type}, older versions still read included; empty for a type Setu does not know. */
    public static Optional<EventContract<?>> find(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventContract<?> of(EventType type) {
        return find(type.toString()).orElseThrow(() -> new IllegalArgumentException("no event type " + type));
    }

    /** The contract whose record the event is, so that a producer never names the type by hand. */
    public static EventContract<?> forPayload(Object event) {
        EventContract<?> contract = BY_PAYLOAD.get(event.getClass());
        if (contract == null) throw new IllegalArgumentException(event.getClass().getName() + " is not a Setu event");
        return contract;
    }

    private static <T extends ReferralEvent> EventContract<T> referral(String event, Class<T> payload) {
        return referral(event, 1, payload);
    }

    private static <T extends ReferralEvent> EventContract<T> referral(String event, int version, Class<T> payload) {
        return EventContract.of("setu.referral." + event + ".v" + version, payload, KeyedBy.CASE_ID, ReferralEvent::caseId);
    }
}
