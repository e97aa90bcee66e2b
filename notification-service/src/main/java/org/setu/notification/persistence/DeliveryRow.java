package org.setu.notification.persistence;

import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.notification.domain.DeliveryState;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery: the event it is about (id, type, subject, time, and its data, which carries no personal data by
 * contract), whom it is for, and its progress. {@code address} is where it last went (an email, a phone, a URL).
 * {@code caseId} is what an erasure of the case finds it by; a purged delivery has none.
 */
public record DeliveryRow(UUID id, String sourceEventId, String sourceEventType, String eventSubject, Instant eventTime,
                          String facts, UUID caseId, UUID referralId, UUID organizationId, UUID referringAgencyId,
                          RecipientKind kind, Channel channel, String recipient, String language, String address,
                          DeliveryState state, Instant createdAt, Instant updatedAt, Instant deliveredAt) {
}
