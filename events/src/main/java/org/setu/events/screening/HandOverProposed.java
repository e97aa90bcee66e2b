package org.setu.events.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.screening.hand-over-proposed.v1}: the agency that owns a case asked another agency to take it over
 * (issue #19, item 5), typically an agency abroad handing a returnee's case to an agency in her home district. The
 * receiving agency is told that a case waits for its answer; nothing of the person travels.
 *
 * @param fromAgency the agency that owns the case and proposes the hand-over
 * @param toAgency   the agency asked to take the case
 */
public record HandOverProposed(UUID caseId, UUID handOverId, UUID fromAgency, UUID toAgency, Instant occurredAt) {
}
