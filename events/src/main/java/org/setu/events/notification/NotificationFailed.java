package org.setu.events.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.notification.failed.v1}: the notification service gave up after its retries and the delivery
 * is dead until someone retries it by hand. A failed attempt that will be retried is not an event: it is
 * in the delivery log only.
 *
 * @param reasonCode e.g. {@code SMTP_REJECTED}, {@code WEBHOOK_5XX}, {@code CIRCUIT_OPEN}
 */
public record NotificationFailed(UUID notificationId, UUID sourceEventId, String sourceEventType,
                                 Channel channel, RecipientKind recipientKind, int attempts,
                                 String reasonCode, Instant occurredAt) {
}
