package org.setu.notification.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code delivery_attempt}. */
@Entity
@Table(name = "delivery_attempt")
@IdClass(DeliveryAttemptEntity.Key.class)
class DeliveryAttemptEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        UUID deliveryId;
        int number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && number == k.number && Objects.equals(deliveryId, k.deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, number);
        }
    }

    @Id
    @Column(name = "delivery_id")
    UUID deliveryId;

    @Id
    int number;

    Instant at;

    String outcome;

    String reason;

    @Column(name = "duration_ms")
    int durationMs;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
}
