package org.setu.screening.domain.reintegration;

import org.setu.events.screening.FollowUpReminder.ReminderKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which reminder a plan's follow-up day still waiting for the person calls for today. A day coming up within the
 * notice days is due soon, so the case worker can book the visit; a day whose window closed unanswered is overdue
 * (the same rule as the schedule's, {@link FollowUpTiming#overdue}). A day due soon that is never announced before its
 * window closes (the plan was written late) is announced only as overdue: nobody needs both at once.
 */
public final class ReminderPolicy {

    private ReminderPolicy() {
    }

    public static Optional<ReminderKind> reminderFor(LocalDate dueOn, LocalDate today, int noticeDays, int windowDays) {
        if (dueOn.plusDays(windowDays).isBefore(today)) return Optional.of(ReminderKind.OVERDUE);
        if (!dueOn.isAfter(today.plusDays(noticeDays))) return Optional.of(ReminderKind.DUE_SOON);
        return Optional.empty();
    }

    /** The last day a reminder can be due for: nothing later than the notice days from today needs one yet. */
    public static LocalDate lookAheadUntil(LocalDate today, int noticeDays) {
        return today.plusDays(noticeDays);
    }

    /** Days before this one are overdue today. */
    public static LocalDate overdueBefore(LocalDate today, int windowDays) {
        return today.minusDays(windowDays);
    }
}
