package org.setu.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code planned_return}: a case's planned return home as the screening events announced it. */
@Entity
@Table(name = "planned_return")
class PlannedReturnEntity {

    @Id
    @Column(name = "case_id")
    UUID caseId;

    long version;

    @Column(name = "port_of_entry")
    String portOfEntry;

    @Column(name = "expected_from")
    LocalDate expectedFrom;

    @Column(name = "expected_to")
    LocalDate expectedTo;

    String status;

    @Column(name = "updated_at")
    Instant updatedAt;
}
