package org.setu.events.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code setu.screening.follow-up-recorded.v1}: a case worker recorded a follow-up of a case after its return: whether
 * the person was reached and, for a day of the reintegration plan, whether it came within that day's window. Neither
 * the answers nor the scores travel: they describe the person. No case reference.
 *
 * @param agencyId    the agency that recorded it
 * @param dueOn       the plan's day the follow-up answers, or null when it answers none
 * @param contactedOn the Dhaka day of the contact or attempt
 * @param onTime      whether it came within the day's window; null when it answers no day of the plan
 */
public record FollowUpRecorded(UUID caseId, UUID agencyId, LocalDate dueOn, LocalDate contactedOn, boolean reached,
                               Boolean onTime, Instant occurredAt) {
}
