package org.setu.screening.persistence;

import org.setu.screening.domain.repatriation.NationalityVerification;
import org.setu.events.screening.TravelMode;
import org.setu.screening.domain.repatriation.ReturnStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored planned return: its transport reference still sealed (null when none was given). */
public record PlannedReturnRow(UUID caseId, long version, LocalDate expectedFrom, LocalDate expectedTo, String portOfEntry,
                               TravelMode mode, byte[] transportRefSealed, NationalityVerification verification,
                               Instant updatedAt, String updatedBy, ReturnStatus status) {

    /** A plan as a case worker writes it: awaited until the desk or the calendar settles it. */
    public PlannedReturnRow(UUID caseId, long version, LocalDate expectedFrom, LocalDate expectedTo, String portOfEntry,
                            TravelMode mode, byte[] transportRefSealed, NationalityVerification verification,
                            Instant updatedAt, String updatedBy) {
        this(caseId, version, expectedFrom, expectedTo, portOfEntry, mode, transportRefSealed, verification, updatedAt,
                updatedBy, ReturnStatus.PLANNED);
    }
}
