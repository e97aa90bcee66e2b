package org.setu.kit.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A recorded event as the relay reads it back: the CloudEvent attributes, the Kafka key, the JSON data and the
 * trace context it was recorded in. */
public record OutboxEvent(long id, UUID eventId, String type, String topic, String partitionKey, String subject,
                          String dataschema, String payload, OffsetDateTime createdAt, String traceparent) {
}
