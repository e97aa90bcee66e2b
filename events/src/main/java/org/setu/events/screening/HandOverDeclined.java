package org.setu.events.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.screening.hand-over-declined.v1}: the agency asked to take a case said no, with a reason code; the case
 * stays with the agency that proposed it, which may propose it to another (issue #19, item 5).
 */
public record HandOverDeclined(UUID caseId, UUID handOverId, UUID fromAgency, UUID toAgency, HandOverDeclineReason reason,
                               Instant occurredAt) {
}
