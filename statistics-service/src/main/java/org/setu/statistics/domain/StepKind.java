package org.setu.statistics.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The transitions of a referral that the statistics count, named as in the event types (setu.referral.&lt;kind&gt;.v1).
 * A created referral counts as PROPOSED when it waits for a case worker's approval. One that went out at once is counted
 * by the {@code sent} event that follows its {@code created} (docs/events.md: "sent follows every time it goes to a
 * service, the first time and after each re-routing"), so its {@code created} stays CREATED, which no figure counts.
 * One held for an arrival has no {@code created}: its {@code held} event comes first.
 */
public enum StepKind {
    CREATED, PROPOSED, SENT, ACCEPTED, DECLINED, EXPIRED, STARTED, COMPLETED, CANCELLED, ESCALATED,
    /**
     * Matched in advance and waiting for the person's arrival from abroad (issue #19). Kept as a step, so that the
     * referral is in the read model from its first event, and counted by no figure: the provider was not asked
     * anything yet. The {@code sent} that follows the arrival counts the sending, and times to answer start there.
     */
    HELD;

    /**
     * What a created referral counts as: proposed for approval, or, sent at once, nothing of its own (its sent event
     * counts the sending; counting both made every first sending, and every answer to it in the provider figures, twice).
     */
    public StepKind counted(boolean sentAtOnce) {
        if (this != CREATED) return this;
        return sentAtOnce ? CREATED : PROPOSED;
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
