package org.setu.notification.domain;

import org.setu.events.notification.RecipientKind;
import org.setu.events.screening.HandOverDeclineReason;

import java.time.Instant;
import java.util.UUID;

/**
 * What a delivery keeps of a notice about a hand-over (issue #19, item 5): which notice it is, the hand-over, the agency
 * that proposed it, the reason code of a decline, and the case's id to purge it by. No name: the events carry none. The
 * case reference is there only on a notice to the agency that owns (or, on acceptance, owned) the case
 * ({@link #toldTo}): the receiving agency does not own the case before it accepts, so its proposal notice has none.
 *
 * @param caseRef    the case's reference, where the service saw it and the reader may have it; else null
 * @param fromAgency the agency that owned the case and proposed the hand-over
 */
public record HandOverFacts(HandOverNotice notice, UUID caseId, UUID handOverId, String caseRef, UUID fromAgency,
                            HandOverDeclineReason declineReason, Instant occurredAt) {

    /** The same notice as one recipient may read it: with the case reference for the owning agency only. */
    public HandOverFacts toldTo(RecipientKind kind) {
        return kind == RecipientKind.REFERRING_AGENCY ? this : withCaseRef(null);
    }

    public HandOverFacts withCaseRef(String ref) {
        return new HandOverFacts(notice, caseId, handOverId, ref, fromAgency, declineReason, occurredAt);
    }
}
