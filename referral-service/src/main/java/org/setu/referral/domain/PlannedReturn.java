package org.setu.referral.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a case's person is expected to come home, as the screening service announced it (issue #19): the port of
 * entry's code, the window and how the return stands. Only codes and days: the transport reference never leaves the
 * screening service.
 *
 * @param version the screening service's version of the plan; a newer one replaces an older one
 */
public record PlannedReturn(UUID caseId, long version, String portOfEntry, LocalDate expectedFrom, LocalDate expectedTo,
                            Status status) {

    /** How the return stands. */
    public enum Status {
        /** Expected in the window; not arrived yet. */
        PLANNED,
        /** The desk at the port confirmed the arrival. */
        ARRIVED,
        /** A no-show, or the window passed unconfirmed: the person is still not here. */
        MISSED,
        /** The agency cancelled the plan: the person is no longer expected. */
        CANCELLED
    }

    /**
     * Whether the person is still abroad as far as Setu knows. A missed return still counts: nobody has met the person
     * at home, and the agency either plans again or cancels.
     */
    public boolean awaited() {
        return status == Status.PLANNED || status == Status.MISSED;
    }

    public PlannedReturn with(Status newStatus) {
        return new PlannedReturn(caseId, version, portOfEntry, expectedFrom, expectedTo, newStatus);
    }

    /** Whether a newer plan moved the port or the window, which a provider waiting for the person must hear of. */
    public boolean movedFrom(PlannedReturn before) {
        return before == null || !portOfEntry.equals(before.portOfEntry) || !expectedFrom.equals(before.expectedFrom)
                || !expectedTo.equals(before.expectedTo);
    }
}
