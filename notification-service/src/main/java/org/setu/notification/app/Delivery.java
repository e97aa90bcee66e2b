package org.setu.notification.app;

import org.setu.notification.domain.DeliveryState;
import org.setu.notification.domain.Recipient;
import org.setu.notification.domain.SourceEvent;
import org.setu.notification.persistence.AttemptRow;
import org.setu.notification.persistence.DeliveryRow;

import java.time.Instant;
import java.util.UUID;

/** One delivery as the delivery log shows it: the event and referral it is about, whom it is for, and its progress. */
public record Delivery(UUID id, SourceEvent source, UUID referralId, Recipient recipient, String address,
                       DeliveryState state, Instant createdAt, Instant deliveredAt) {

    /** One attempt of a delivery. */
    public record Attempt(int number, Instant at, String outcome, String reason, int durationMs, Instant nextAttemptAt) {

        static Attempt of(AttemptRow a) {
            return new Attempt(a.number(), a.at(), a.outcome(), a.reason(), a.durationMs(), a.nextAttemptAt());
        }
    }

    static Delivery of(DeliveryRow d) {
        return new Delivery(d.id(), d.source(), d.referralId(), d.recipient(), d.address(), d.state(), d.createdAt(),
                d.deliveredAt());
    }
}
