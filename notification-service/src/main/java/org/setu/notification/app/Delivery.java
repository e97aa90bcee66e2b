package org.setu.notification.app;

import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.notification.domain.DeliveryState;
import org.setu.notification.persistence.AttemptRow;
import org.setu.notification.persistence.DeliveryRow;

import java.time.Instant;
import java.util.UUID;

/** One delivery as the delivery log shows it: what it is about, whom it is for, and its progress. */
public record Delivery(UUID id, String sourceEventId, String sourceEventType, UUID referralId, RecipientKind kind,
                       Channel channel, String recipient, String address, String language, DeliveryState state,
                       Instant createdAt, Instant deliveredAt) {

    /** One attempt of a delivery. */
    public record Attempt(int number, Instant at, String outcome, String reason, int durationMs, Instant nextAttemptAt) {

        static Attempt of(AttemptRow a) {
            return new Attempt(a.number(), a.at(), a.outcome(), a.reason(), a.durationMs(), a.nextAttemptAt());
        }
    }

    static Delivery of(DeliveryRow d) {
        return new Delivery(d.id(), d.sourceEventId(), d.sourceEventType(), d.referralId(), d.kind(), d.channel(),
                d.recipient(), d.address(), d.language(), d.state(), d.createdAt(), d.deliveredAt());
    }
}
