package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code possible_duplicate}. */
@Entity
@Table(name = "possible_duplicate")
class PossibleDuplicateEntity {

    @Id
    UUID id;

    @Column(name = "case_id", updatable = false)
    UUID caseId;

    @Column(name = "other_case_id", updatable = false)
    UUID otherCaseId;

    /** Kinds, comma-separated in their names' order. */
    @Column(name = "matched_on", updatable = false)
    String matchedOn;

    @Enumerated(EnumType.STRING)
    PossibleDuplicateRow.Status status;

    @Column(name = "found_at", updatable = false)
    Instant foundAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decided_by")
    String decidedBy;
}
