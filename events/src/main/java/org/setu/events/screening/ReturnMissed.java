package org.setu.events.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code setu.screening.return-missed.v1}: the person of a planned return did not arrive (issue #19, item 4). Either
 * the desk at the port reported a no-show, or the window ended with no arrival confirmed. The NRM coordinators see it
 * among the escalations; the agency that owns the case finds out why and plans again or cancels.
 *
 * @param agencyId    the desk's agency for a no-show; the owning agency when the window passed unconfirmed
 * @param ownerAgency the agency that owns the case and planned the return
 * @param expectedTo  the last day of the window that was missed
 */
public record ReturnMissed(UUID caseId, UUID agencyId, UUID ownerAgency, String portOfEntry, LocalDate expectedTo,
                           MissedReturnReason reason, Instant occurredAt) {

    /** How a missed return became known. */
    public enum MissedReturnReason {
        /** The desk at the port reported that the person did not come. */
        NO_SHOW,
        /** The window ended and no desk confirmed an arrival. */
        NOT_CONFIRMED
    }
}
