package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code practice_assignment}. */
@Entity
@Table(name = "practice_assignment")
class PracticeAssignmentEntity {

    @Id
    UUID id;

    @Column(name = "agency_id")
    UUID agencyId;

    String screener;

    @Column(name = "case_ids")
    String[] caseIds;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "assigned_by")
    String assignedBy;

    @Column(name = "assigned_at")
    Instant assignedAt;
}
