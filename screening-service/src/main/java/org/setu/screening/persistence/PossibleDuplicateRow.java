package org.setu.screening.persistence;

import org.setu.screening.domain.DuplicatePolicy.Kind;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A row of possible_duplicate: a newer case, the case it matched, and the coordinators' decision. */
public record PossibleDuplicateRow(UUID id, UUID caseId, UUID otherCaseId, Set<Kind> matchedOn, Status status,
                                   Instant foundAt, Instant decidedAt, String decidedBy) {

    public enum Status { PENDING, CONFIRMED, REJECTED }
}
