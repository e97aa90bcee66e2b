package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code reintegration_plan}: the goals sealed, the anchor day in clear. */
@Entity
@Table(name = "reintegration_plan")
class PlanEntity {

    @Id
    @Column(name = "case_id")
    UUID caseId;

    long version;

    @Column(name = "goals_sealed")
    byte[] goalsSealed;

    LocalDate anchor;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    String updatedBy;
}
