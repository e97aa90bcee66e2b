package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code case_hand_over}: agencies, codes and times, nothing of the person. */
@Entity
@Table(name = "case_hand_over")
class HandOverEntity {

    @Id
    UUID id;

    @Column(name = "case_id", updatable = false)
    UUID caseId;

    @Column(name = "from_agency", updatable = false)
    UUID fromAgency;

    @Column(name = "to_agency", updatable = false)
    UUID toAgency;

    String status;

    @Column(name = "decline_reason")
    String declineReason;

    @Column(name = "proposed_at", updatable = false)
    Instant proposedAt;

    @Column(name = "proposed_by", updatable = false)
    String proposedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decided_by")
    String decidedBy;
}
