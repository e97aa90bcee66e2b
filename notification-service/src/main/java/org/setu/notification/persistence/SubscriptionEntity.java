package org.setu.notification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.setu.events.notification.Channel;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code subscription}; the webhook secret is stored sealed ({@link WebhookSecrets}), never in clear. */
@Entity
@Table(name = "subscription")
class SubscriptionEntity {

    @Id
    UUID id;

    @Column(name = "agency_id")
    UUID agencyId;

    @Enumerated(EnumType.STRING)
    Channel channel;

    String address;

    String language;

    @Column(name = "event_types")
    String[] eventTypes;

    /** The legacy plain column (before migration V3); emptied at start and on every write. */
    @Column(name = "secret")
    String plainSecret;

    @Column(name = "secret_sealed")
    byte[] secretSealed;

    @Column(name = "secret_key_id")
    String secretKeyId;

    boolean active;

    long version;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;
}
