package org.setu.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.notification.Channel;
import org.setu.events.notification.NotificationDelivered;
import org.setu.events.notification.NotificationFailed;
import org.setu.events.notification.RecipientKind;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.referral.ReferralCancelled;
import org.setu.events.referral.ReferralCompleted;
import org.setu.events.referral.ReferralCreated;
import org.setu.events.referral.ReferralDeclined;
import org.setu.events.referral.ReferralEscalated;
import org.setu.events.referral.ReferralHeld;
import org.setu.events.referral.ReferralExpired;
import org.setu.events.referral.ReferralSent;
import org.setu.events.referral.ReferralStarted;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ConsentChanged;
import org.setu.events.screening.FollowUpRecorded;
import org.setu.events.screening.FollowUpReminder;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.events.screening.HandOverDeclined;
import org.setu.events.screening.HandOverProposed;
import org.setu.events.screening.PortDeskChanged;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnPlanned;
import org.setu.events.screening.TravelMode;
import org.setu.events.screening.VerificationStatus;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.util.Map.entry;
import static org.setu.events.vocabulary.AgeBand.ADULT_18_24;
import static org.setu.events.vocabulary.Classification.PRESUMED_TRAFFICKING_VICTIM;
import static org.setu.events.vocabulary.ReferralStatus.*;
import static org.setu.events.vocabulary.ServiceCategory.*;
import static org.setu.events.vocabulary.Sex.FEMALE;
import static org.setu.events.vocabulary.Urgency.IMMEDIATE;
import static org.setu.events.vocabulary.VictimCategory.TRAFFICKING_VICTIM;

/**
 * One realistic event of every type: a woman of 22 back from the Gulf through Dhaka's airport, from
 * Sharsha upazila in Jashore, referred to a shelter near Savar.
 */
final class Samples {

    static final UUID CASE = UUID.fromString("0b9d7c1e-5f0a-4a52-9d1c-3c1f6a2e8b41");
    static final String CASE_REF = "BD-7K3F-9Q2M";
    static final UUID SCREENING = UUID.fromString("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f");
    static final UUID AIRPORT_DESK = UUID.fromString("a1d2e3f4-0000-4000-8000-000000000001");
    static final UUID HOME_AGENCY = UUID.fromString("a1d2e3f4-0000-4000-8000-000000000005");
    static final UUID HAND_OVER = UUID.fromString("4a0d0e70-3333-4333-8333-333333333333");
    static final UUID SHELTER_SERVICE = UUID.fromString("5e7a1c00-1111-4111-8111-111111111111");
    static final UUID SHELTER_NGO = UUID.fromString("0e6a1c00-2222-4222-8222-222222222222");
    static final UUID REFERRAL = UUID.fromString("7c0f3b9a-3333-4333-8333-333333333333");
    static final UUID NOTIFICATION = UUID.fromString("9d8e7f6a-4444-4444-8444-444444444444");
    static final UUID SENT_EVENT = UUID.fromString("1a2b3c4d-5555-4555-8555-555555555555");

    static final Instant AT = Instant.parse("2025-03-14T09:30:00Z");
    static final Instant DUE = AT.plus(IMMEDIATE.responseTime());

    static final AdminArea AT_THE_AIRPORT = new AdminArea("6", "47", null);
    static final AdminArea HOME_IN_SHARSHA = new AdminArea("3", "20", "178");
    static final Consent SHELTER_AND_MEDICAL = new Consent(List.of(SHELTER, MEDICAL, PSYCHOSOCIAL), ShareLevel.BASIC);

    static final DirectoryService SHELTER_NEAR_SAVAR = new DirectoryService(
            SHELTER_SERVICE, SHELTER_NGO, 7,
            new LocalizedText("Safe home for women returnees", "নারী প্রত্যাবর্তনকারীদের নিরাপদ আবাস"),
            SHELTER,
            List.of(new Coverage(CoverageLevel.DISTRICT, "47"), new Coverage(CoverageLevel.UPAZILA, "365")),
            new Eligibility(List.of(FEMALE), 18, null, List.of(TRAFFICKING_VICTIM), List.of()),
            List.of("bn", "en"),
            new Capacity(4, 30, CapacityUnit.BEDS),
            true,
            new ReferralContact("referrals@safehome.example.org", "+8801711000000", "https://safehome.example.org/setu", "bn"));

    static final Map<EventContract<?>, Object> ONE_OF_EACH = Map.ofEntries(
            entry(EventCatalog.SCREENING_COMPLETED, new ScreeningCompleted(CASE, CASE_REF, SCREENING, AIRPORT_DESK,
                    ScreeningContext.AIRPORT_RETURNEE, PRESUMED_TRAFFICKING_VICTIM, IMMEDIATE,
                    List.of(SHELTER, MEDICAL, PSYCHOSOCIAL, REINTEGRATION), ADULT_18_24, FEMALE,
                    AT_THE_AIRPORT, HOME_IN_SHARSHA, List.of("bn"), TRAFFICKING_VICTIM, SHELTER_AND_MEDICAL, AT, "BD",
                    null, "SA")),
            entry(EventCatalog.SCREENING_AMENDED, new ScreeningAmended(CASE, CASE_REF, SCREENING, 1, AIRPORT_DESK,
                    ScreeningContext.AIRPORT_RETURNEE, PRESUMED_TRAFFICKING_VICTIM, IMMEDIATE,
                    List.of(SHELTER, MEDICAL, LEGAL_AID), ADULT_18_24, FEMALE,
                    AT_THE_AIRPORT, null, List.of("bn", "ar"), TRAFFICKING_VICTIM, SHELTER_AND_MEDICAL, AT.plusSeconds(3600))),
            entry(EventCatalog.CONSENT_CHANGED, new ConsentChanged(CASE, AIRPORT_DESK,
                    new Consent(List.of(SHELTER), ShareLevel.NONE), AT.plusSeconds(7200))),
            entry(EventCatalog.CASE_ERASED, new CaseErased(CASE, ErasureReason.PERSON_REQUEST, AT.plusSeconds(86_400))),
            entry(EventCatalog.CASE_CLOSED, new CaseClosed(CASE, AIRPORT_DESK, ClosureReason.REINTEGRATED, AT.plusSeconds(43_200))),
            entry(EventCatalog.FOLLOW_UP_REMINDER, new FollowUpReminder(CASE, CASE_REF, AIRPORT_DESK,
                    java.time.LocalDate.of(2026, 3, 1), FollowUpReminder.ReminderKind.OVERDUE, AT.plusSeconds(86_400))),
            entry(EventCatalog.FOLLOW_UP_RECORDED, new FollowUpRecorded(CASE, AIRPORT_DESK, java.time.LocalDate.of(2026, 3, 1),
                    java.time.LocalDate.of(2026, 3, 4), true, Boolean.TRUE, AT.plusSeconds(3 * 86_400))),
            entry(EventCatalog.RETURN_PLANNED, new ReturnPlanned(CASE, AIRPORT_DESK, 2, "DAC", java.time.LocalDate.of(2026, 3, 9),
                    java.time.LocalDate.of(2026, 3, 14), TravelMode.AIR, VerificationStatus.PENDING, AT.plusSeconds(86_400))),
            entry(EventCatalog.RETURN_CANCELLED, new ReturnCancelled(CASE, AIRPORT_DESK, 3, AT.plusSeconds(2 * 86_400))),
            entry(EventCatalog.RETURN_ARRIVED, new ReturnArrived(CASE, AIRPORT_DESK, AIRPORT_DESK, "DAC", java.time.LocalDate.of(2026, 3, 10),
                    AT.plusSeconds(9 * 86_400))),
            entry(EventCatalog.RETURN_MISSED, new ReturnMissed(CASE, AIRPORT_DESK, AIRPORT_DESK, "DAC", java.time.LocalDate.of(2026, 3, 14),
                    ReturnMissed.MissedReturnReason.NO_SHOW, AT.plusSeconds(13 * 86_400))),
            entry(EventCatalog.HAND_OVER_PROPOSED, new HandOverProposed(CASE, HAND_OVER, AIRPORT_DESK, HOME_AGENCY, AT.plusSeconds(10 * 86_400))),
            entry(EventCatalog.CASE_HANDED_OVER, new CaseHandedOver(CASE, HAND_OVER, AIRPORT_DESK, HOME_AGENCY, AT.plusSeconds(11 * 86_400))),
            entry(EventCatalog.HAND_OVER_DECLINED, new HandOverDeclined(CASE, HAND_OVER, AIRPORT_DESK, HOME_AGENCY,
                    HandOverDeclineReason.NOT_OUR_AREA, AT.plusSeconds(10 * 86_400 + 3600))),
            entry(EventCatalog.PORT_DESK_CHANGED, new PortDeskChanged("DAC", AIRPORT_DESK, true, AT.minusSeconds(30 * 86_400))),

            entry(EventCatalog.SERVICE_UPSERTED, new ServiceUpserted(SHELTER_NEAR_SAVAR, AT)),
            entry(EventCatalog.CAPACITY_CHANGED, new CapacityChanged(SHELTER_NEAR_SAVAR, new Capacity(5, 30, CapacityUnit.BEDS), AT)),
            entry(EventCatalog.SERVICE_REMOVED, new ServiceRemoved(SHELTER_SERVICE, SHELTER_NGO, AT)),

            entry(EventCatalog.REFERRAL_CREATED, new ReferralCreated(REFERRAL, CASE, CASE_REF, SHELTER, SHELTER_SERVICE,
                    SHELTER_NGO, AIRPORT_DESK, SENT, IMMEDIATE, DUE, 1, null, AT)),
            entry(EventCatalog.REFERRAL_SENT, new ReferralSent(REFERRAL, CASE, CASE_REF, SHELTER, SHELTER_SERVICE,
                    SHELTER_NGO, AIRPORT_DESK, SENT, IMMEDIATE, DUE, 1, null, AT)),
            entry(EventCatalog.REFERRAL_ACCEPTED, new ReferralAccepted(REFERRAL, CASE, CASE_REF, SHELTER, SHELTER_SERVICE,
                    SHELTER_NGO, AIRPORT_DESK, ACCEPTED, IMMEDIATE, null, 1, null, AT.plusSeconds(1800))),
            entry(EventCatalog.REFERRAL_DECLINED, new ReferralDeclined(REFERRAL, CASE, CASE_REF, SHELTER, SHELTER_SERVICE,
                    SHELTER_NGO, AIRPORT_DESK, DECLINED, IMMEDIATE, null, 1, "NO_CAPACITY", AT.plusSeconds(1800))),
            entry(EventCatalog.REFERRAL_EXPIRED, new ReferralExpired(REFERRAL, CASE, CASE_REF, SHELTER, SHELTER_SERVICE,
                    SHELTER_NGO, AIRPORT_DESK, EXPIRED, IMMEDIATE, DUE, 2, "NO_ANSWER_BY_DEADLINE", DUE)),
            entry(EventCatalog.REFERRAL_STARTED, new ReferralStarted(REFERRAL, CASE, CASE_REF, SHELTER, SHELTER_SERVICE,
                    SHELTER_NGO, AIRPORT_DESK, IN_PROGRESS, IMMEDIATE, null, 1, null, AT.plusSeconds(7200))),
            entry(EventCatalog.REFERRAL_COMPLETED, new ReferralCompleted(REFERRAL, CASE, CASE_REF, SHELTER, SHELTER_SERVICE,
                    SHELTER_NGO, AIRPORT_DESK, COMPLETED, IMMEDIATE, null, 1, "SERVICE_DELIVERED", AT.plusSeconds(30 * 86_400))),
            entry(EventCatalog.REFERRAL_CANCELLED, new ReferralCancelled(REFERRAL, CASE, CASE_REF, MEDICAL, SHELTER_SERVICE,
                    SHELTER_NGO, AIRPORT_DESK, CANCELLED, IMMEDIATE, null, 1, "CONSENT_WITHDRAWN", AT.plusSeconds(7200))),
            entry(EventCatalog.REFERRAL_ESCALATED, new ReferralEscalated(REFERRAL, CASE, CASE_REF, SHELTER, null,
                    null, AIRPORT_DESK, ESCALATED, IMMEDIATE, null, 3, "NO_CANDIDATE_LEFT", AT.plusSeconds(3 * 86_400))),
            entry(EventCatalog.REFERRAL_HELD, new ReferralHeld(REFERRAL, CASE, SHELTER, SHELTER_SERVICE, SHELTER_NGO,
                    AIRPORT_DESK, org.setu.events.vocabulary.ReferralStatus.ON_HOLD, IMMEDIATE, 1, "AWAITING_ARRIVAL", "DAC",
                    java.time.LocalDate.of(2026, 3, 9), java.time.LocalDate.of(2026, 3, 14), AT)),

            entry(EventCatalog.NOTIFICATION_DELIVERED, new NotificationDelivered(NOTIFICATION, SENT_EVENT,
                    "setu.referral.sent.v1", Channel.EMAIL, RecipientKind.SERVICE_CONTACT, 1, AT.plusSeconds(2))),
            entry(EventCatalog.NOTIFICATION_FAILED, new NotificationFailed(NOTIFICATION, SENT_EVENT,
                    "setu.referral.sent.v1", Channel.WEBHOOK, RecipientKind.SERVICE_CONTACT, 6, "WEBHOOK_5XX", AT.plusSeconds(3600))));

    /** The way a Quarkus service writes JSON: ISO-8601 times, nulls written out. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** A producer that leaves nulls out must be just as valid: optional fields are optional, not only nullable. */
    static final ObjectMapper MAPPER_WITHOUT_NULLS = MAPPER.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Samples() {
    }

    static Object of(EventContract<?> contract) {
        Object sample = ONE_OF_EACH.get(contract);
        if (sample == null) throw new IllegalStateException("no sample for " + contract.type());
        return sample;
    }
}
