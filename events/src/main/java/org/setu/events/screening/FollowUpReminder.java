package org.setu.events.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code setu.screening.follow-up-reminder.v1}: a day of a case's reintegration plan is coming up with no follow-up
 * yet ({@code DUE_SOON}), or its window has closed unanswered ({@code OVERDUE}). The notification service tells the
 * case's agency; each (case, day, kind) is announced once. The case reference lets the case worker find the case in
 * the portal; it is pseudonymous, and nothing else of the person is here.
 *
 * @param agencyId the agency that follows the case (the one that opened it)
 * @param dueOn    the day of the plan, in Dhaka
 */
public record FollowUpReminder(UUID caseId, String caseRef, UUID agencyId, LocalDate dueOn, ReminderKind kind,
                               Instant occurredAt) {

    public enum ReminderKind { DUE_SOON, OVERDUE }
}
