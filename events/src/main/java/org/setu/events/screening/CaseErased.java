package org.setu.events.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.screening.case-erased.v1}: a case's personal data was crypto-shredded. Consumers drop what
 * they keep about the case (the case reference included) and keep only what the audit needs. It carries
 * no case reference on purpose: after this event nobody should be able to look the case up by it.
 */
public record CaseErased(UUID caseId, ErasureReason reason, Instant occurredAt) {
}
