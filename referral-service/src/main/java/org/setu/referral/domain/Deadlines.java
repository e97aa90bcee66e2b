package org.setu.referral.domain;

import org.setu.events.vocabulary.Urgency;

import java.time.Instant;

/** The time a provider has to answer follows from urgency: 24 h immediate, 72 h high, 14 days routine. */
public final class Deadlines {

    private Deadlines() {
    }

    public static Instant dueAt(Urgency urgency, Instant sentAt) {
        return sentAt.plus(urgency.responseTime());
    }

    /**
     * The deadline of a referral sent at {@code sentAt} whose urgency changed at {@code changedAt}: as if it had been
     * sent with the new urgency. When that time has already passed, the provider gets the new response time from the
     * change, but never longer than it had: a raised urgency must not give more time, nor expire the referral at once
     * for an answer nobody asked for sooner.
     */
    public static Instant moved(Urgency urgency, Instant sentAt, Instant oldDue, Instant changedAt) {
        Instant due = dueAt(urgency, sentAt);
        if (due.isAfter(changedAt)) return due;
        Instant fromChange = dueAt(urgency, changedAt);
        return oldDue != null && oldDue.isBefore(fromChange) ? oldDue : fromChange;
    }

    public static boolean overdue(Instant dueAt, Instant now) {
        return dueAt != null && !now.isBefore(dueAt);
    }
}
