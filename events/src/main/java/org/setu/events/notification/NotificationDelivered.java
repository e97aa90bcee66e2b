package org.setu.events.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.notification.delivered.v1}: a notification reached its channel (the mail server, the SMS
 * gateway, or a webhook that answered 2xx).
 *
 * @param sourceEventId   the CloudEvents id of the event that caused the notification
 * @param sourceEventType its type, so a reader knows what the notification was about without a look-up
 * @param attempts        how many tries it took, 1 when the first succeeded
 */
public record NotificationDelivered(UUID notificationId, UUID sourceEventId, String sourceEventType,
                                    Channel channel, RecipientKind recipientKind, int attempts,
                                    Instant occurredAt) {
}
