package org.setu.notification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.events.screening.FollowUpReminder.ReminderKind;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.events.screening.ReturnMissed.MissedReturnReason;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.notification.domain.ArrivalNotice;
import org.setu.notification.domain.DeliveryStatus;
import org.setu.notification.domain.HandOverNotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code delivery}. The referral's facts are typed columns ({@code case_ref} to {@code occurred_at}, with the
 * ids before them); a follow-up reminder's are the case's id and reference, the agency (in {@code organization_id}),
 * {@code occurred_at}, the plan's day and the reminder's kind (V6); a planned return's notice its kind, port, window,
 * day of arrival and missed reason, with the category and the case's reference where they belong (V7); a hand-over's
 * notice its kind, the hand-over's id and a decline's reason (V8). The JSON column {@code facts} of earlier versions
 * is not mapped (V5 says why it is still there).
 */
@Entity
@Table(name = "delivery")
class DeliveryEntity {

    @Id
    UUID id;

    @Column(name = "source_event_id")
    String sourceEventId;

    @Column(name = "source_event_type")
    String sourceEventType;

    @Column(name = "event_subject")
    String eventSubject;

    @Column(name = "event_time")
    Instant eventTime;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "referral_id")
    UUID referralId;

    @Column(name = "case_ref")
    String caseRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_category")
    ServiceCategory category;

    @Column(name = "service_id")
    UUID serviceId;

    @Column(name = "organization_id")
    UUID organizationId;

    @Column(name = "referring_agency_id")
    UUID referringAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_status")
    ReferralStatus referralStatus;

    @Enumerated(EnumType.STRING)
    Urgency urgency;

    @Column(name = "due_at")
    Instant dueAt;

    @Column(name = "referral_attempt")
    Integer referralAttempt;

    @Column(name = "referral_reason_code")
    String referralReasonCode;

    @Column(name = "occurred_at")
    Instant occurredAt;

    @Column(name = "follow_up_due_on")
    LocalDate followUpDueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_kind")
    ReminderKind reminderKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "arrival_notice")
    ArrivalNotice arrivalNotice;

    @Column(name = "port_of_entry")
    String portOfEntry;

    @Column(name = "expected_from")
    LocalDate expectedFrom;

    @Column(name = "expected_to")
    LocalDate expectedTo;

    @Column(name = "arrived_on")
    LocalDate arrivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "missed_reason")
    MissedReturnReason missedReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "hand_over_notice")
    HandOverNotice handOverNotice;

    @Column(name = "hand_over_id")
    UUID handOverId;

    @Enumerated(EnumType.STRING)
    @Column(name = "hand_over_reason")
    HandOverDeclineReason handOverReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    RecipientKind kind;

    @Enumerated(EnumType.STRING)
    Channel channel;

    String recipient;

    String language;

    String address;

    @Enumerated(EnumType.STRING)
    DeliveryStatus status;

    int attempts;

    @Column(name = "give_up_after")
    int giveUpAfter;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "last_reason")
    String lastReason;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "delivered_at")
    Instant deliveredAt;
}
