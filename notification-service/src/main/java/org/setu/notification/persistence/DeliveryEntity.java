package org.setu.notification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.notification.domain.DeliveryStatus;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code delivery}. */
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

    @JdbcTypeCode(SqlTypes.JSON)
    String facts;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "referral_id")
    UUID referralId;

    @Column(name = "organization_id")
    UUID organizationId;

    @Column(name = "referring_agency_id")
    UUID referringAgencyId;

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
