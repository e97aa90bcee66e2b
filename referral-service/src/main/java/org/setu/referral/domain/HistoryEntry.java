package org.setu.referral.domain;

import org.setu.events.vocabulary.ReferralStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * One transition of a referral: the state it led to, when, who did it, the reason code and the note.
 * The note may describe the person; it stays in this service and is dropped when the case is erased.
 */
public record HistoryEntry(ReferralStatus status, Instant at, String actor, String reason, String note,
                           UUID serviceId, int attempt) {

    public HistoryEntry withoutNote() {
        return new HistoryEntry(status, at, actor, reason, null, serviceId, attempt);
    }
}
