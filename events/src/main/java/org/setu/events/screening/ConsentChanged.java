package org.setu.events.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code setu.screening.consent-changed.v2}: the person changed or withdrew consent. The referral service
 * cancels open referrals whose category the new consent no longer allows; a withdrawal is a consent with
 * no services and {@code NONE}. Unlike v1 (still read; its {@code caseRef} is ignored) it carries no case
 * reference: every consumer knows the case by its id.
 *
 * @param agencyId the agency that recorded the change
 */
public record ConsentChanged(UUID caseId, UUID agencyId, Consent consent, Instant occurredAt) {
}
