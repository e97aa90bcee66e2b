package org.setu.notification.domain;

import org.setu.events.EventCatalog;
import org.setu.events.screening.FollowUpReminder;
import org.setu.events.screening.FollowUpReminder.ReminderKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a delivery keeps of a follow-up reminder, read once when the event arrives: the case's id and pseudonymous
 * reference, the agency that follows it, the plan's day and whether it is coming up or overdue. No name, phone or
 * document is among them. A message shows the reference and the day; a webhook gets all of them back as the event's
 * {@code data}, so the components keep the event's names and order.
 */
public record FollowUpFacts(UUID caseId, String caseRef, UUID agencyId, LocalDate dueOn, ReminderKind kind,
                            Instant occurredAt) {

    /** The reminder's type, which a webhook subscription names to receive reminders. */
    public static final String EVENT_TYPE = EventCatalog.FOLLOW_UP_REMINDER.type().toString();

    /**
     * The reminder's facts. One without a case, a reference, an agency, a day or a kind cannot be told to anyone or
     * read by anyone, so it is refused (its record goes to the dead-letter topic), naming the field and never a value.
     */
    public static FollowUpFacts of(FollowUpReminder e) {
        require(e.caseId(), "caseId");
        require(e.caseRef() == null || e.caseRef().isBlank() ? null : e.caseRef(), "caseRef");
        require(e.agencyId(), "agencyId");
        require(e.dueOn(), "dueOn");
        require(e.kind(), "kind");
        return new FollowUpFacts(e.caseId(), e.caseRef(), e.agencyId(), e.dueOn(), e.kind(), e.occurredAt());
    }

    private static void require(Object value, String field) {
        if (value == null) throw new IllegalArgumentException("unreadable " + EVENT_TYPE + " event: no " + field);
    }

    public boolean overdue() {
        return kind == ReminderKind.OVERDUE;
    }
}
