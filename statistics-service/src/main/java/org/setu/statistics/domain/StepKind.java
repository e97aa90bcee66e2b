package org.setu.statistics.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The transitions of a referral that the statistics count, named as in the event types (setu.referral.&lt;kind&gt;.v1).
 * A created referral counts as SENT when it went out at once, and as PROPOSED when it waits for a case worker's approval.
 */
public enum StepKind {
    CREATED, PROPOSED, SENT, ACCEPTED, DECLINED, EXPIRED, STARTED, COMPLETED, CANCELLED, ESCALATED;

    /** What a created referral counts as: sent at once, or proposed for approval. */
    public StepKind counted(boolean sentAtOnce) {
        if (this != CREATED) return this;
        return sentAtOnce ? SENT : PROPOSED;
    }

    /** The kind of {@code setu.referral.declined.v1}, and of any later version of it; empty for another topic's type. */
    public static Optional<StepKind> ofEventType(String type) {
        String[] parts = type.split("\\.");
        if (parts.length != 4 || !"referral".equals(parts[1])) return Optional.empty();
        try {
            return Optional.of(valueOf(parts[2].toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
