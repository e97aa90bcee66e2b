package org.setu.events.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.screening.return-cancelled.v1}: the case's planned return was cancelled (the person stays abroad, or
 * goes elsewhere). Whatever a consumer got ready for the arrival can be stood down.
 *
 * @param version the version of the planned return that was cancelled
 */
public record ReturnCancelled(UUID caseId, UUID agencyId, long version, Instant occurredAt) {
}
