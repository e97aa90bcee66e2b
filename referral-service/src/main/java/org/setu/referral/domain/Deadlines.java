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

    public static boolean overdue(Instant dueAt, Instant now) {
        return dueAt != null && !now.isBefore(dueAt);
    }
}
