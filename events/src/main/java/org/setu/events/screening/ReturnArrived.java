package org.setu.events.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code setu.screening.return-arrived.v1}: the desk at the port of entry confirmed that the person of a planned return
 * arrived (issue #19, item 4). What was held for the arrival can now go: referrals waiting for it are sent, and their
 * deadlines start from this moment.
 *
 * @param agencyId    the agency of the desk that confirmed the arrival
 * @param ownerAgency the agency that owns the case and planned the return
 * @param arrivedOn   the Dhaka day of the arrival
 */
public record ReturnArrived(UUID caseId, UUID agencyId, UUID ownerAgency, String portOfEntry, LocalDate arrivedOn,
                            Instant occurredAt) {
}
