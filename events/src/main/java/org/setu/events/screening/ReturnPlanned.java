package org.setu.events.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code setu.screening.return-planned.v1}: a case now has a planned return home, or its plan changed (issue #19).
 * It lets the services at the port of entry and at home get ready. Only codes and days travel: the flight or
 * transport reference stays sealed in the screening service, because with the day it could single the person out.
 *
 * @param agencyId     the agency that owns the case and planned the return
 * @param version      the planned return's version; a consumer keeps the highest it has seen
 * @param portOfEntry  the port's code from the screening service's list ({@code GET /api/v1/return/ports-of-entry})
 * @param verification where the nationality verification stands, or null when nobody asked for one
 */
public record ReturnPlanned(UUID caseId, UUID agencyId, long version, String portOfEntry, LocalDate expectedFrom,
                            LocalDate expectedTo, TravelMode mode, VerificationStatus verification, Instant occurredAt) {
}
