package org.setu.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.setu.events.vocabulary.ReferralStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code referral_attempt}: one service a referral was sent to, and how its provider answered. */
@Entity
@Table(name = "referral_attempt")
class ReferralAttemptEntity {

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "referral_id")
        UUID referralId;
        int attempt;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && attempt == k.attempt && Objects.equals(referralId, k.referralId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(referralId, attempt);
        }
    }

    @EmbeddedId
    Key key;

    @Column(name = "service_id", nullable = false)
    UUID serviceId;

    @Column(name = "organization_id", nullable = false)
    UUID organizationId;

    @Column(name = "sent_at", nullable = false)
    Instant sentAt;

    @Column(name = "answered_at")
    Instant answeredAt;

    @Enumerated(EnumType.STRING)
    ReferralStatus outcome;
}
