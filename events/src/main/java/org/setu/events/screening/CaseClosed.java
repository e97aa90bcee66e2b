package org.setu.events.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.screening.case-closed.v1}: a case worker closed the case, for the reason given. The closing time
 * starts the retention clock. The referral service cancels the case's open referrals ({@code CASE_CLOSED}), so
 * that no provider keeps waiting for a person the agency no longer follows. No reference, no personal data.
 *
 * @param agencyId the agency that closed the case
 */
public record CaseClosed(UUID caseId, UUID agencyId, ClosureReason reason, Instant occurredAt) {
}
