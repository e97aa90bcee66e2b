package org.setu.events.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.screening.case-handed-over.v1}: the receiving agency accepted a hand-over, and the case is now its own
 * (issue #19, item 5). The referral service moves the case's referrals to it, so that the case worker who now owns the
 * case also follows them; the agency that handed it over no longer sees the case.
 */
public record CaseHandedOver(UUID caseId, UUID handOverId, UUID fromAgency, UUID toAgency, Instant occurredAt) {
}
