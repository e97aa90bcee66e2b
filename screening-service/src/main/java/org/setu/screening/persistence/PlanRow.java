package org.setu.screening.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored plan: its goals still sealed, its follow-up days in clear. */
public record PlanRow(UUID caseId, long version, byte[] goalsSealed, LocalDate anchor, List<LocalDate> followUpsDue,
                      Instant updatedAt, String updatedBy) {
}
